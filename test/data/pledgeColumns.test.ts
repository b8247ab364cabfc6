import { DEFAULT_PARTICIPANTS } from '../../src/core';
import { readPledgesCsv } from '../../src/data';

const read = (...lines: string[]) => readPledgesCsv(lines.join('\n'), DEFAULT_PARTICIPANTS);

// Issue 14, point 7: Art. 57(4) "shall indicate the financial value of such measures"; Art. 65(1)
// "based on a specific request of the benefitting Member State ... their concrete value shall be
// established, jointly".
describe('the pledges file on alternative measures: requested, value indicated, value set jointly', () => {
  it('reads the new optional columns', () => {
    const r = read(
      'code,alternative_eur,alternative_requested,alternative_joint_eur',
      'DE,1000000,yes,800000',
      'FR,500000,no,',
      'NL,200000,not yet,',
      'BE,100000,,',
    );
    expect(r.issues).toEqual([]);
    expect(
      r.pledges.map((p) => [p.code, p.alternativeRequested, p.alternativeSetJointlyEur]),
    ).toEqual([
      ['DE', 'yes', 800_000],
      ['FR', 'no', undefined],
      ['NL', 'not-yet', undefined],
      ['BE', undefined, undefined],
    ]);
  });

  it('refuses a value set jointly without a request, and an answer that is not yes, no or not yet', () => {
    const r = read(
      'code,alternative_eur,alternative_requested,alternative_joint_eur',
      'DE,1000000,no,800000',
      'FR,1000000,maybe,',
    );
    expect(r.issues.map((i) => [i.line, i.column])).toEqual([
      [2, 'alternative_joint_eur'],
      [3, 'alternative_requested'],
    ]);
    expect(r.issues[0]?.message).toMatch(/Art\. 65\(1\)/);
    expect(r.pledges).toEqual([]);
  });

  it('still reads a file without them', () => {
    const r = read('code,relocations,alternative_eur', 'DE,10,5');
    expect(r.issues).toEqual([]);
    expect(r.pledges[0]).toEqual({
      code: 'DE',
      relocations: 10,
      financialEur: 0,
      alternativeEur: 5,
      offsets: 0,
    });
  });
});

// Issue 14, point 9: Art. 13(1), third countries "contributing to solidarity on an ad hoc basis".
describe('ad hoc contributors in the pledges file', () => {
  it('reads a pledge of Norway outside the participants', () => {
    const r = read('code,relocations,financial_eur', 'NO,100,1000000');
    expect(r.issues).toEqual([]);
    expect(r.pledges.map((p) => p.code)).toEqual(['NO']);
  });

  it('refuses a deduction or a benefitting status for them: Member States only (Art. 58, 61, 62)', () => {
    const r = read(
      'code,relocations,deduction_percent,deduction_article,benefitting',
      'CH,1,50,62,',
      'IS,1,,,yes',
    );
    expect(r.issues.map((i) => i.line)).toEqual([2, 3]);
    expect(r.issues[0]?.message).toMatch(/ad hoc \(Art\. 13\(1\)\)/);
  });
});
