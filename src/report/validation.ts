import type { ColumnSpec, ColumnValidation } from './types';

/** What Excel says when an entry breaks a column's data validation (both writers use it). */
export function validationMessage(column: ColumnSpec, v: ColumnValidation): string {
  if (v.kind === 'list') return `Choose ${v.values.join(' or ')}, or leave the cell empty.`;
  if (v.max === undefined) return `${column.header} must be a number of at least ${v.min}.`;
  return `${column.header} must be between ${v.min * 100} % and ${v.max * 100} %.`;
}
