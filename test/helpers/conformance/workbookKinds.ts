import { DEFAULT_PARTICIPANTS } from '../../../src/core';
import { PRESETS } from '../../../src/data';
import { generateReport, parseRecord, readOwnSheets, WRITTEN_RECORD_KEY } from '../../../src/excel';
import { delegationCopy, MARKING_LIMIT, type WorkbookSpec } from '../../../src/report';
import { FakeWorkbook } from '../../fakes/fakeExcel';
import { fakeStore } from '../../fakes/fakeServices';
import { examplePledging, richPledging } from '../pledging';
import { implementationReport, richImplementationReport } from '../implementation';
import { compareReport, presetReport } from '../reports';

export interface WorkbookKind {
  /** A short, file-name-safe label, e.g. `latest+pledges/copy-DE`. */
  readonly label: string;
  readonly spec: WorkbookSpec;
}

/**
 * The analyst's own sheets as the pane reads them for a copy (`readOwnSheets` on a workbook where
 * the tool wrote its report and the analyst added a sheet with EUPACT and native formulas).
 */
async function ownSheets(spec: WorkbookSpec, valuesOnly: boolean) {
  const wb = new FakeWorkbook(['My notes']);
  await generateReport(spec, { run: wb.run, store: fakeStore(wb) });
  wb.type('My notes', 'B2', 'Germany');
  wb.type('My notes', 'C2', '=EUPACT.FAIRSHARE("DE")', 0.2167);
  wb.type('My notes', 'D2', '=C2*30000', 6500);
  wb.type('My notes', 'C3', '=eupact.contribution("FR")', 4805.6);
  return readOwnSheets(wb.run, parseRecord(wb.settings.get(WRITTEN_RECORD_KEY)), valuesOnly);
}

/**
 * Every kind of workbook the tool writes: each scenario preset with and without the pledging
 * round (`npm run pool`, and the pane's Generate, which writes the same description), the copy for
 * delegations for all states and for each participating state (`--share --delegation each`), and
 * the copy with the analyst's own sheets as the pane's Share tab builds it.
 */
export async function everyWorkbookKind(): Promise<WorkbookKind[]> {
  const kinds: WorkbookKind[] = [];
  for (const preset of PRESETS) {
    const plain = presetReport(preset.id).spec;
    const pledged = presetReport(preset.id, {}, examplePledging()).spec;
    kinds.push({ label: `${preset.id}`, spec: plain });
    kinds.push({ label: `${preset.id}+pledges`, spec: pledged });
    kinds.push({ label: `${preset.id}/copy`, spec: delegationCopy(plain) });
    kinds.push({ label: `${preset.id}+pledges/copy`, spec: delegationCopy(pledged) });
  }
  // The Compare sheet (issue 10), and the published figures on 2026-council's Methodology sheet.
  for (const [a, b] of [
    ['2027-proposal', '2026-council'],
    ['2026-council', '2027-proposal'],
  ] as const) {
    const compared = compareReport(a, b).spec;
    kinds.push({ label: `${a}+compare-${b}`, spec: compared });
    kinds.push({
      label: `${a}+compare-${b}/copy-FR`,
      spec: delegationCopy(compared, { state: 'FR' }),
    });
  }
  // The Implementation sheet (issue 17): the illustrative records, and a copy for one delegation.
  const implemented = implementationReport().spec;
  kinds.push({ label: '2026-council+implementation', spec: implemented });
  kinds.push({
    label: '2026-council+implementation/copy-FR',
    spec: delegationCopy(implemented, { state: 'FR' }),
  });
  // To implement read from the Balance sheet and its ad hoc contributors' table (Norway).
  const richImplemented = richImplementationReport().spec;
  kinds.push({ label: '2026-council+implementation-rich', spec: richImplemented });
  kinds.push({
    label: '2026-council+implementation-rich/copy-FR',
    spec: delegationCopy(richImplemented, { state: 'FR' }),
  });
  // Every kind of pledge (alternative measures, an ad hoc contributor and its table, deductions on
  // the fair share and on the pledges), a reconvened Forum and a finding of systemic shortcomings.
  const rich = presetReport(
    '2026-council',
    {
      reconvenedForum: true,
      systemicShortcomings: [{ code: 'EL', decision: { article: '11', reference: null } }],
    },
    richPledging(),
  ).spec;
  kinds.push({ label: '2026-council+every-pledge', spec: rich });
  kinds.push({
    label: '2026-council+every-pledge/copy-NL',
    spec: delegationCopy(rich, { state: 'NL' }),
  });
  const latest = presetReport('latest', {}, examplePledging()).spec;
  // The longest marking a copy accepts, with the & that the page header doubles.
  const longest = `R&D ${'x'.repeat(MARKING_LIMIT)}`.slice(0, MARKING_LIMIT - 1);
  kinds.push({
    label: 'latest+pledges/copy-longest-marking',
    spec: delegationCopy(latest, { marking: longest }),
  });
  for (const state of DEFAULT_PARTICIPANTS)
    kinds.push({ label: `latest+pledges/copy-${state}`, spec: delegationCopy(latest, { state }) });
  kinds.push({
    label: 'latest+pledges/copy+own-sheets',
    spec: delegationCopy(latest, { extraSheets: await ownSheets(latest, false) }),
  });
  kinds.push({
    label: 'latest+pledges/copy-DE+own-sheets',
    spec: delegationCopy(latest, { state: 'DE', extraSheets: await ownSheets(latest, true) }),
  });
  return kinds;
}
