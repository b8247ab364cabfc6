import { checkRange, clipText, notAFigure, type StrictNumber } from './numbers';

/**
 * Numbers as comma-decimal locales write them (German, French, and most EU Excels: "CSV (semicolon
 * delimited)" saves `494087,6` and, with a thousands format, `9.215.956`): a comma before the
 * decimals, and between groups of three digits a dot, a space, a no-break space or a narrow
 * no-break space (French), the same one throughout. As strict as the decimal-point reader:
 * anything else is refused with the fix, never guessed.
 */

const PLAIN = /^[-+]?(\d+,?\d*|,\d+)([eE][-+]?\d+)?$/;
/** Groups of three, one separator throughout, optional decimals: "9.215.956", "1 234,5". */
const GROUPED = /^[-+]?[1-9]\d{0,2}([. \u00A0\u202F])\d{3}(?:\1\d{3})*(,\d+)?$/;
/**
 * "1,000", "494,087": a comma before exactly three digits may be a decimal-point locale's thousands
 * separator (494,087 = 494087) as well as decimals (494,087 = 494.087): refused, as the decimal-point
 * reader refuses "1.000".
 */
const COMMA_GROUP = /^[-+]?[1-9]\d{0,2},\d{3}$/;

/** "1,000", "494,087": a figure the decimal-comma reading gives two meanings (refused). */
export function isCommaAmbiguous(text: string): boolean {
  return COMMA_GROUP.test(text.trim());
}

export function parseCommaNumber(text: string): StrictNumber {
  const shown = clipText(text);
  if (COMMA_GROUP.test(text)) {
    const [whole = '', fraction = ''] = text.replace(/^[-+]/, '').split(',');
    const decimals = String(Number(`${whole}.${fraction}`)).replace('.', ',');
    return {
      ok: false,
      reason:
        `"${shown}" could be ${whole}${fraction} (a comma between thousands) or ${whole},${fraction} ` +
        `(decimals): write ${whole}${fraction} or ${decimals} without ambiguity ` +
        '(or, if the file writes decimal points, read it with decimal points).',
    };
  }
  if (PLAIN.test(text)) return checkRange(Number(text.replace(',', '.')), text);
  const grouped = GROUPED.exec(text);
  if (grouped) {
    const separator = grouped[1] as string;
    return checkRange(Number(text.split(separator).join('').replace(',', '.')), text);
  }
  return { ok: false, reason: whyNot(text, shown) };
}

/** The reason a text is not a number with decimal commas, with the fix. */
function whyNot(text: string, shown: string): string {
  const other = notAFigure(text, shown);
  if (other) return other;
  const asComma = text.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
  if (/^[-+]?\d+\.\d+$/.test(text) || /^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(text)) {
    return (
      `"${shown}" has a decimal point, but the file is read with decimal commas: write ` +
      `${clipText(asComma)}, or read the file with decimal points.`
    );
  }
  if (/,.*,/.test(text)) {
    return `"${shown}" has more than one comma: with decimal commas, write one comma before the decimals (494087,6).`;
  }
  if (/\d[\s\u00A0\u202F]+\d/.test(text) || /\d\.\d/.test(text)) {
    return (
      `"${shown}" is not grouped in threes: with decimal commas, a dot or a space may only ` +
      'separate groups of three digits (9.215.956 or 9 215 956), the same one throughout.'
    );
  }
  return `"${shown}" is not a number: write digits, with a comma for decimals (494087,6).`;
}
