/**
 * The part of Excel's CustomFunctions runtime the EUPACT functions use: the Error class and the
 * ErrorCode enum (the values are the error texts Excel shows). Installed on globalThis, as Excel does.
 */
export enum StubErrorCode {
  invalidValue = '#VALUE!',
  notAvailable = '#N/A',
  divisionByZero = '#DIV/0!',
  invalidNumber = '#NUM!',
  nullReference = '#NULL!',
  invalidName = '#NAME?',
  invalidReference = '#REF!',
}

export class StubCustomFunctionsError {
  constructor(
    readonly code: StubErrorCode,
    readonly message?: string,
  ) {}
}

export function installCustomFunctionsStub(): void {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
    Error: StubCustomFunctionsError,
    ErrorCode: StubErrorCode,
    associate: () => {
      throw new Error('The functions must not call CustomFunctions.associate: webpack appends it.');
    },
  };
}
