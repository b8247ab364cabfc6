import { MethodologyError } from '../../src/core';

/** The methodology's refusal of what `run` does: a test fails if it refuses nothing or else. */
export function refusal(run: () => unknown): MethodologyError {
  try {
    run();
  } catch (e) {
    if (e instanceof MethodologyError) return e;
    throw e;
  }
  throw new Error('no refusal');
}
