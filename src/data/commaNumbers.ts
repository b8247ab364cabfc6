import { checkRange, clipText, notAFigure, refused, type StrictNumber } from './numbers';

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
    return refused('comma.twoMeanings', shown, {
      grouped: `${whole}${fraction}`,
      decimal: `${whole},${fraction}`,
      decimals,
    });
  }
  if (PLAIN.test(text)) return checkRange(Number(text.replace(',', '.')), text);
  const grouped = GROUPED.exec(text);
  if (grouped) {
    const separator = grouped[1] as string;
    return checkRange(Number(text.split(separator).join('').replace(',', '.')), text);
  }
  return whyNot(text, shown);
}

/** The reason a text is not a number with decimal commas, with the fix. */
function whyNot(text: string, shown: string): StrictNumber {
  const other = notAFigure(text);
  if (other) return refused(other, shown);
  const asComma = text.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
  if (/^[-+]?\d+\.\d+$/.test(text) || /^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(text)) {
    return refused('comma.decimalPoint', shown, { asComma: clipText(asComma) });
  }
  if (/,.*,/.test(text)) return refused('comma.commas', shown);
  if (/\d[\s\u00A0\u202F]+\d/.test(text) || /\d\.\d/.test(text)) {
    return refused('comma.groups', shown);
  }
  return refused('comma.notANumber', shown);
}
