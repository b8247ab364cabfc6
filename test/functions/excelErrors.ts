import { StubCustomFunctionsError } from './customFunctionsStub';

/** The error a custom function call shows in its cell: what it threw, as Excel would display it. */
export function shown(call: () => unknown): { code: string; message: string | undefined } {
  try {
    call();
  } catch (e) {
    if (e instanceof StubCustomFunctionsError) return { code: e.code, message: e.message };
    throw new Error(`Threw something Excel would show as a bare #VALUE!: ${String(e)}`, {
      cause: e,
    });
  }
  throw new Error('Expected the call to show an error');
}

/** An element of a spilled result, as a cell would show it. */
export function cell(v: unknown): unknown {
  return v instanceof StubCustomFunctionsError ? { code: v.code, message: v.message } : v;
}
