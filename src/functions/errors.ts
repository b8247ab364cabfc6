import { MethodologyError } from '../core';

/**
 * Errors as Excel shows them. Only #VALUE! and #N/A carry a custom message (shown in the cell's
 * error menu), so every failure maps to one of the two:
 * - #VALUE! — an argument is wrong: text where a number belongs, a negative population, ranges of
 *   different sizes, an unknown country code or dataset;
 * - #N/A — a value is missing: an empty cell, a state that does not participate, no data.
 */
export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, bounded(message));
}

export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, bounded(message));
}

/** The longest message a cell's error menu gets; arguments are quoted clipped well below it. */
export const MAX_MESSAGE = 400;

function bounded(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
}

export function isCustomFunctionsError(e: unknown): e is CustomFunctions.Error {
  return typeof CustomFunctions !== 'undefined' && e instanceof CustomFunctions.Error;
}

/**
 * Any failure as an Excel error. A MethodologyError (the core refusing an input) is #VALUE! with
 * the core's message, prefixed with the argument it came from when the caller knows it.
 */
export function toCustomFunctionsError(e: unknown, where?: string): CustomFunctions.Error {
  if (isCustomFunctionsError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof MethodologyError && where) return invalidValue(`${where}: ${message}`);
  return invalidValue(message);
}

/** Runs a function body and turns whatever it throws into the Excel error it should show. */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}
