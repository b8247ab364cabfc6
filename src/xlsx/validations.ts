import type ExcelJS from 'exceljs';
import { validationMessage, type ColumnSpec, type ColumnValidation } from '../report';

/**
 * Excel's limits on a data validation's texts ([MS-OI29500] 2.1.613, dataValidation): titles 32
 * characters, the input message 255, the error message 224. ECMA-376 states none of them.
 */
export const VALIDATION_LIMITS = { title: 32, prompt: 255, error: 224 } as const;

/** A title cut to Excel's 32 characters (a column header can be longer). */
function title(text: string): string {
  const max = VALIDATION_LIMITS.title;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function within(text: string, limit: number, what: string, column: string): string {
  if (text.length > limit)
    throw new Error(
      `The ${what} of column "${column}" has ${text.length} characters; Excel allows ${limit}. Shorten it in the report description.`,
    );
  return text;
}

/** The rule on an input column's body: what Excel accepts, and the message when it refuses. */
export function inputValidation(c: ColumnSpec, v: ColumnValidation): Validation {
  const alert = {
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: title(c.header),
    error: within(validationMessage(c, v), VALIDATION_LIMITS.error, 'error message', c.header),
  };
  if (v.kind === 'list') return { ...alert, type: 'list', formulae: [`"${v.values.join(',')}"`] };
  return {
    ...alert,
    type: 'decimal',
    operator: v.max === undefined ? 'greaterThanOrEqual' : 'between',
    formulae: v.max === undefined ? [v.min] : [v.min, v.max],
  };
}

/**
 * What a column means, shown when its header cell is selected (an input message that accepts any
 * value). It replaces a note: notes need a VML drawing, which ExcelJS places after the table parts,
 * and Excel then blanks the sheet (ExcelJS issue #1369). README, "Design notes".
 */
export function headerPrompt(c: ColumnSpec, description: string): Validation {
  return {
    type: 'any',
    formulae: [],
    showInputMessage: true,
    promptTitle: title(c.header),
    prompt: within(description, VALIDATION_LIMITS.prompt, 'description', c.header),
  };
}

/** ExcelJS's validation, with the type `any` its writer knows (no rule, an input message only). */
export type Validation = Omit<ExcelJS.DataValidation, 'type'> & {
  type: ExcelJS.DataValidation['type'] | 'any';
};

interface WithValidations {
  readonly dataValidations: { add(address: string, v: Validation): void };
}

/**
 * One validation for a whole range. Set cell by cell, ExcelJS merges the cells into ranges itself
 * and, sorting addresses as text (C10 before C6), writes overlapping ones (C10:C31 and C6:C31),
 * which Excel repairs. `dataValidations` is in ExcelJS's model, not its type declarations.
 */
export function addValidation(ws: ExcelJS.Worksheet, range: string, v: Validation): void {
  (ws as unknown as WithValidations).dataValidations.add(range, v);
}
