import { cellInput, fingerprint, normalizeFormula } from '../../src/excel';

describe('formula fingerprints survive the way Excel rewrites structured references', () => {
  it.each([
    ['=Pool[[#This Row],[Fair share]]*RelocationsTotal', '=[@[Fair share]]*RelocationsTotal'],
    ['=Pool[[#This Row],[Fair share]]*RelocationsTotal', '=Pool[@[Fair share]]*relocationstotal'],
    [
      '=FairShare[[#This Row],[Population]]/SUM(FairShare[Population])',
      '=[@Population]/SUM([Population])',
    ],
    ['=SUBTOTAL(109,Pool[Relocations])', '= SUBTOTAL( 109, [Relocations] )'],
    [
      '=SUM(Balance[[Mandatory offsets (Art. 63(3))]])',
      '=SUM(Balance[Mandatory offsets (Art. 63(3))])',
    ],
  ])('%s ≡ %s', (written, shown) => {
    expect(normalizeFormula(written)).toBe(normalizeFormula(shown));
    expect(fingerprint(written)).toBe(fingerprint(shown));
  });

  it('tells a changed formula, a constant and a text apart', () => {
    const f = '=Pool[[#This Row],[Relocations]]*(1-Pool[[#This Row],[Deduction]])';
    expect(fingerprint(f)).not.toBe(fingerprint('=[@Relocations]*(1-0.5)'));
    expect(fingerprint(0.5)).not.toBe(fingerprint('0.5'));
    expect(fingerprint('')).toBeUndefined();
  });

  it('keeps string literals as written (case matters inside quotes)', () => {
    expect(normalizeFormula('=SUMIFS(a,b,"Population on 1 January")')).toContain(
      '"Population on 1 January"',
    );
    expect(fingerprint('=X("Pop")')).not.toBe(fingerprint('=X("POP")'));
  });

  it('writes text that looks like a formula as text', () => {
    expect(cellInput('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(cellInput('-5 (revised)')).toBe("'-5 (revised)");
    expect(fingerprint(cellInput('=X'))).toBe(fingerprint("'=X"));
    expect(cellInput({ formula: 'SUM(A1:A2)', expected: 3 })).toBe('=SUM(A1:A2)');
    expect(cellInput(null)).toBe('');
  });
});
