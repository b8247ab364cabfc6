import { isFormula, type WorkbookSpec } from '../../src/report';
import { examplePledging } from '../helpers/pledging';
import { presetReport } from '../helpers/reports';

/** Every text a workbook shows: blocks, cells, headers, header notes, cached formula results. */
function texts(spec: WorkbookSpec): string[] {
  return spec.sheets.flatMap((s) =>
    s.blocks.flatMap((b) => {
      if (b.kind === 'text' || b.kind === 'title' || b.kind === 'heading') return [b.text];
      if (b.kind !== 'table') return [];
      const t = b.table;
      return [
        ...t.columns.flatMap((c) => [c.header, c.description ?? '']),
        ...t.rows.flatMap((r) =>
          r.map((c) => (isFormula(c) ? String(c.expected) : typeof c === 'string' ? c : '')),
        ),
      ];
    }),
  );
}

describe('the workbook’s words: the law quoted as law, the rest the tool’s reading', () => {
  const workbooks = {
    '2026-council': presetReport('2026-council').spec,
    '2026-council with pledges': presetReport('2026-council', {}, examplePledging()).spec,
    latest: presetReport('latest').spec,
  };

  it.each(Object.entries(workbooks))(
    '%s: nothing is "unverified" or "could not be read" (Art. 63(3)–(9) and 65(1) are now read)',
    (_, spec) => {
      const found = texts(spec).filter((t) => /unverified|not verified|could not be read/i.test(t));
      expect(found).toEqual([]);
    },
  );

  it('cites Art. 12(3): the ratio "shall be maintained", not recital 15 alone', () => {
    const all = texts(workbooks.latest).join('\n');
    expect(all).toMatch(/"shall be maintained" \(Art\. 12\(3\)\)/);
  });

  it('cites Art. 12(4): a year whose information does not indicate a need for solidarity', () => {
    expect(texts(workbooks.latest).join('\n')).toMatch(/need for solidarity .*\(Art\. 12\(4\)\)/);
  });

  it('lists each reading of the text on the Methodology sheet with what selects it', () => {
    const methodology = workbooks.latest.sheets.find((s) => s.name === 'Methodology')!;
    const lines = methodology.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    for (const article of [
      'Art. 12(3), 56(2)', // the value of one relocation
      'Art. 63(7)', // the cap: every type or people only
      'Art. 63(3)', // the split of the target by fair share
      'Art. 63(4)', // the net test after a reconvened Forum
      'Art. 58(1)', // benefitting: declared, or the identified states by default
      'Art. 57(3)', // whole persons
      'Art. 57(4), 65(1)', // alternative measures
    ])
      expect(lines.find((l) => l.startsWith(`${article}: `))).toMatch(
        /Selected by: .+; in force: .+\.$/,
      );
  });
});
