import JSZip from 'jszip';
import { isoDateInWords, MARKINGS, sourceInWords } from '../../src/report';
import { copyPlan, copyReport, vocabularyOf } from '../../src/taskpane/share/copyPlan';
import { makeCopy } from '../../src/taskpane/share/makeCopy';

import { adopted2026 } from '../helpers/share';

const services = { now: () => new Date('2026-11-24T12:00:00Z'), toolVersion: 'test' };

/** Every text of a workbook file: shared strings, inline strings, sheet names, headers, footers. */
async function textsOf(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter(
    (p) =>
      /^xl\/(sharedStrings|workbook)\.xml$/.test(p) ||
      /^xl\/(worksheets|tables)\/[^/]+\.xml$/.test(p),
  );
  const xml = (await Promise.all(parts.map((p) => zip.file(p)!.async('string')))).join('\n');
  // What a reader sees: cell texts, sheet and column names, input messages, headers and footers.
  const seen =
    /<t[^>]*>([^<]*)<\/t>|\b(?:name|promptTitle|prompt)="([^"]*)"|<(?:oddHeader|oddFooter)>([^<]*)</g;
  return [...xml.matchAll(seen)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').join('\n');
}

async function franceCopy(withCompare: boolean): Promise<string> {
  const state = adopted2026();
  const report = copyReport(state, services, undefined);
  const plan = copyPlan(state, report, []);
  const chosen = new Set(
    plan.items
      .filter((i) => i.byDefault || (withCompare && i.kind === 'comparison'))
      .map((i) => i.sheet),
  );
  const { bytes } = await makeCopy({
    report,
    toolSheets: chosen,
    ownSheets: [],
    marking: MARKINGS.public,
    stages: plan.stages(chosen),
    state: 'FR',
    vocabulary: vocabularyOf(state),
  });
  return textsOf(bytes);
}

describe('the copy names scenarios, dates and sources in words (issue 16)', () => {
  let texts: string;
  beforeAll(async () => {
    texts = await franceCopy(true);
  }, 60_000);

  it('names scenarios as the pane does, never by their ids', () => {
    expect(texts).not.toMatch(
      /2026-council|2027-proposal|2026-proposal|2026-reference|first-estimates-2026/,
    );
    expect(texts).toContain('2026 pool as adopted by the Council');
    expect(texts).toContain('2027 Commission proposal at the minima');
  });

  it('gives dates in words, never as ISO timestamps or dates', () => {
    expect(texts).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(texts).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(texts).toContain('24 November 2026');
    expect(texts).toContain('11 July 2025');
  });

  it('names sources as publisher, dataset and release, a transcription in words, never a file name', () => {
    expect(texts).not.toMatch(/\.(csv|tsv|json|xlsx)\b/i);
    expect(texts).not.toMatch(
      /github|wikipedia|mirror|https?:\/\/(?!ec\.europa\.eu|eur-lex)|@[0-9a-f]{8}\b/i,
    );
    expect(texts).toContain(
      'Eurostat, nama_10_gdp (na_item B1GQ, unit CP_MEUR), release not stated; extract made after 21 November 2025: figures transcribed by a third party from the published release (a public copy, not the publisher’s own file)',
    );
  });
});

describe('sources and dates in words', () => {
  it('says a file the analyst loaded, and a live Eurostat request, as such', () => {
    const p = {
      dataset: 'Eurostat demo_pjan',
      release: '2026-03-27',
      source: 'File pop.csv, loaded 2026-11-24',
    };
    expect(sourceInWords(p)).toBe(
      'Eurostat, demo_pjan, release 27 March 2026: from a file the analyst loaded',
    );
    expect(
      sourceInWords({
        ...p,
        source:
          'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/demo_pjan?geo=DE',
      }),
    ).toBe('Eurostat, demo_pjan, release 27 March 2026: requested from Eurostat’s public API');
  });

  it('leaves a month (a period) as it is', () => {
    expect(isoDateInWords('Temporary protection 2025-06, released 2026-07-01')).toBe(
      'Temporary protection 2025-06, released 1 July 2026',
    );
  });
});
