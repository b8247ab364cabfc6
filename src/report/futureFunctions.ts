/**
 * Functions that Excel stores with the `_xlfn.` prefix (functions newer than ECMA-376's list):
 * written without it, Excel shows #NAME?. From [MS-XLSX] 2.2.2 "Formulas" (future functions), as
 * reproduced in the XlsxWriter documentation ("Formulas added in Excel 2010 and later"), and the
 * functions Excel 2016 to 365 added (same rule; FILTER and SORT take `_xlfn._xlws.`).
 */
export const FUTURE_FUNCTIONS: ReadonlySet<string> = new Set(
  `ACOT ACOTH AGGREGATE ARABIC BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND
  BITLSHIFT BITOR BITRSHIFT BITXOR CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV
  CHISQ.INV.RT CHISQ.TEST COMBINA CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P COVARIANCE.S
  CSC CSCH DAYS DECIMAL ERF.PRECISE ERFC.PRECISE EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST
  FILTERXML FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY
  FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV GAMMALN.PRECISE GAUSS
  HYPGEOM.DIST IFNA IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN ISFORMULA ISOWEEKNUM
  LOGNORM.DIST LOGNORM.INV MODE.MULT MODE.SNGL MUNIT NEGBINOM.DIST NORM.DIST NORM.INV NORM.S.DIST
  NORM.S.INV NUMBERVALUE PDURATION PERCENTILE.EXC PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC
  PERMUTATIONA PHI POISSON.DIST QUARTILE.EXC QUARTILE.INC QUERYSTRING RANK.AVG RANK.EQ RRI SEC SECH
  SHEET SHEETS SKEW.P STDEV.P STDEV.S T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST UNICHAR
  UNICODE VAR.P VAR.S WEBSERVICE WEIBULL.DIST XOR Z.TEST
  CONCAT IFS MAXIFS MINIFS SWITCH TEXTJOIN XLOOKUP XMATCH LET LAMBDA FILTER SORT SORTBY UNIQUE
  SEQUENCE RANDARRAY TEXTBEFORE TEXTAFTER TEXTSPLIT VSTACK HSTACK TAKE DROP CHOOSECOLS CHOOSEROWS
  TOCOL TOROW WRAPCOLS WRAPROWS EXPAND`.split(/\s+/),
);

/** Functions stored as `_xlfn._xlws.NAME` (MS-XLSX 2.2.2: worksheet-only future functions). */
const WORKSHEET_ONLY = new Set(['FILTER', 'SORT']);

/**
 * A formula in the form a file stores, from the form Office.js gives (`Range.formulas`, the
 * interface form): each future function outside text literals and quoted sheet names carries its
 * `_xlfn.` prefix (`_xlfn._xlws.` for FILTER and SORT); a prefix already there is kept.
 */
export function storedFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![\w.])([A-Za-z][\w.]*)(?=\s*\()/g, (name: string) => {
            const upper = name.toUpperCase();
            if (!FUTURE_FUNCTIONS.has(upper)) return name;
            return WORKSHEET_ONLY.has(upper) ? `_xlfn._xlws.${upper}` : `_xlfn.${upper}`;
          }),
    )
    .join('');
}
