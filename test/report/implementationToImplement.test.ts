/**
 * "To implement" on the Implementation sheet is the round's pool to be implemented (`assessRound`),
 * state by state: the Balance sheet's pledged columns times its share to implement, the ad hoc
 * contributors' pledges whole. Each figure below is worked by hand from the rich test round
 * (test/helpers/pledging.ts `richPledging`, with Bulgaria's 60 relocations).
 */
import { CON, IMPL, isFormula, type Cell, type TableSpec } from '../../src/report';
import { implementationJson } from '../../src/cli/implementationJson';
import { richImplementationReport } from '../helpers/implementation';

const report = richImplementationReport();
const impl = report.implementation;
const to = (code: string) => impl.contributions.find((c) => c.code === code)!;
const findings = (contributing: string, amount: number) =>
  impl.records
    .find((r) => r.contributing === contributing && r.amount === amount)!
    .findings.map((f) => f.code);

function contributingTable(): TableSpec {
  const sheet = report.spec.sheets.find((s) => s.name === 'Implementation')!;
  for (const b of sheet.blocks)
    if (b.kind === 'table' && b.table.name === IMPL.contributing) return b.table;
  throw new Error('no contributing table');
}
const cellOf = (code: string, header: string): Cell => {
  const t = contributingTable();
  return t.rows.find((r) => r[0] === code)![t.columns.findIndex((c) => c.header === header)]!;
};
const formulaOf = (code: string, header: string): string => {
  const c = cellOf(code, header);
  if (!isFormula(c)) throw new Error(`${code} ${header} is not a formula`);
  return c.formula;
};

describe('the pledges to be implemented, as the pool to be implemented counts them', () => {
  it('deducts a deduction granted on the pledges (Art. 61(1), 62(1): "a partial or full deduction of its pledged contributions")', () => {
    // Slovenia: 40 relocations and EUR 1 M pledged, 25 % deducted (Art. 62): 30 and EUR 750,000.
    expect(to('SI').toImplement).toMatchObject({ relocation: 30, financial: 750_000 });
    // Its 31st relocation is beyond the pledge to be implemented (Art. 60(3)).
    expect(findings('SI', 30)).toEqual([]);
    expect(findings('SI', 1)).toEqual(['beyond-pledge']);
  });

  it('does not deduct again a deduction anticipated on the fair share: the pledge made after it is implemented whole', () => {
    // Bulgaria: 50 % anticipated on its fair share before pledging; its 60 relocations pledged
    // are all to be implemented (the old assessment halved them: 30, and flagged its 60 relocated).
    expect(to('BG').toImplement.relocation).toBe(60);
    expect(findings('BG', 60)).toEqual([]);
  });

  it('counts alternative measures at the value set jointly (Art. 65(1): "their concrete value shall be established, jointly, ... by the contributing and the benefitting Member States")', () => {
    // Belgium indicated EUR 5 M; 4 M was set jointly: 4 M to implement, so a further 0.5 M is beyond it.
    expect(to('BE').toImplement.alternative).toBe(4_000_000);
    expect(findings('BE', 4_000_000)).toEqual([]);
    expect(findings('BE', 500_000)).toEqual(['beyond-pledge']);
  });

  it('counts alternative measures not requested as financial contributions (Art. 57(4): "they shall be converted into financial contributions")', () => {
    // The Netherlands: EUR 50 M financial, 10 M alternative not requested: 60 M of money to
    // implement, no alternative measures, and nothing more to convert at the year end.
    expect(to('NL').toImplement).toMatchObject({ financial: 60_000_000, alternative: 0 });
    const end = impl.yearEnd.contributing.find((c) => c.code === 'NL')!;
    expect(end.convertedToFinancialEur).toBe(0);
    // Sweden's EUR 3 M, request not yet made, none delivered: converted at the year end.
    expect(impl.yearEnd.contributing.find((c) => c.code === 'SE')!.convertedToFinancialEur).toBe(
      3_000_000,
    );
  });

  it('implements nothing of a state not obliged (Art. 60(3): "are not obliged to implement their pledged solidarity contributions")', () => {
    // Austria: a full deduction (Art. 62); Italy: benefitting (Art. 58(1)).
    for (const code of ['AT', 'IT'])
      expect(Object.values(to(code).toImplement).every((v) => v === 0)).toBe(true);
  });

  it('reads "to implement" from the Balance sheet by formula, never recomputing a deduction', () => {
    for (const header of [CON.relocationsTo, CON.offsetsTo, CON.financialTo, CON.alternativeTo]) {
      const f = formulaOf('SI', header);
      expect(f).toContain('Balance[Share to implement]');
      expect(f).not.toContain('Pool[');
    }
    // Pledged: the formula of the Balance sheet's pledged column, over the Pledges table.
    expect(formulaOf('SI', CON.financialPledged)).toContain('Pledges[');
    expect(formulaOf('SI', CON.financialPledged)).toContain('"No"');
  });
});

describe('the ad hoc contributors on the Implementation sheet (Art. 13(1): "for the purpose of contributing to solidarity on an ad hoc basis")', () => {
  it('lists Norway with its pledges, to be implemented whole, and what it implemented', () => {
    const no = impl.contributing.find((c) => c.code === 'NO')!;
    expect(no.pledged).toMatchObject({ relocation: 200, financial: 10_000_000 });
    expect(no.toImplement).toMatchObject({ relocation: 200, financial: 10_000_000 });
    expect(no.implemented).toMatchObject({ relocation: 50, financial: 10_000_000 });
    // 200 − 50: the relocations it may be asked to take as offsets at the year end (Art. 63(5)).
    expect(no.relocationsRemaining).toBe(150);
    expect(findings('NO', 50)).toEqual([]);
  });

  it('takes its line by the same formulas as every state’s: no line in the Balance table, so all of its pledge is to implement', () => {
    for (const header of [CON.relocationsPledged, CON.relocationsTo, CON.financialTo])
      expect(formulaOf('NO', header)).toBe(formulaOf('SI', header));
  });

  it('gives Norway its own line in the JSON and the January confirmation (Art. 60(6))', () => {
    const json = implementationJson(impl);
    expect(json.states.find((s) => s.code === 'NO')).toMatchObject({
      relocationsImplemented: 50,
      relocationsRemaining: 150,
      financialTransferredEur: 10_000_000,
      yearEndOffsets: 150,
    });
    expect(impl.confirmation.find((c) => c.code === 'NO')!.implemented.relocation).toBe(50);
  });
});
