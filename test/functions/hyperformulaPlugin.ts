/**
 * The EUPACT functions registered in HyperFormula (GPL-3.0: test-only, never imported from src/),
 * built from the same functions.json metadata Excel reads, so that each function is called the way
 * Excel calls it: matrix parameters as 2-D arrays ([[x]] for one cell), scalar parameters as values,
 * omitted optional arguments and empty cells as null, and matrix results spilled; never with an
 * Excel error in an argument unless the metadata allows it (rule 9), as Excel would not call it.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import type { IFunction } from 'custom-functions-metadata';
import { StubCustomFunctionsError, StubErrorCode } from './customFunctionsStub';

type CustomFunction = (...args: unknown[]) => unknown;

/** The parts of HyperFormula's internal plugin API used here (its typings keep them internal). */
interface ProcedureAst {
  readonly args: { readonly type?: string }[];
}
interface PluginInternals {
  runFunction(
    args: unknown[],
    state: unknown,
    metadata: unknown,
    implementation: (...args: unknown[]) => unknown,
  ): unknown;
  metadata(name: string): unknown;
  arraySizeForAst(ast: unknown, state: unknown): ArraySize;
}

/** Excel shows only #VALUE! and #N/A with a custom message; the others map to HyperFormula's own. */
function toCellError(e: unknown): CellError {
  if (e instanceof StubCustomFunctionsError) {
    const type =
      e.code === StubErrorCode.notAvailable
        ? ErrorType.NA
        : e.code === StubErrorCode.divisionByZero
          ? ErrorType.DIV_BY_ZERO
          : e.code === StubErrorCode.invalidNumber
            ? ErrorType.NUM
            : ErrorType.VALUE;
    return new CellError(type, e.message);
  }
  return new CellError(ErrorType.VALUE, e instanceof Error ? e.message : String(e));
}

function fromEngine(v: unknown): unknown {
  return v === EmptyValue || v === undefined ? null : v;
}

/**
 * An argument as Excel passes it for the parameter's dimensionality: an omitted argument (absent, or
 * left empty between commas) is null; an empty cell is null inside its range, [[null]] for a matrix.
 */
function asExcelPasses(
  arg: unknown,
  dimensionality: string | undefined,
  omitted: boolean,
): unknown {
  if (arg === undefined || omitted) return null;
  if (arg === EmptyValue) return dimensionality === 'matrix' ? [[null]] : null;
  if (arg instanceof SimpleRangeValue) {
    return arg.data.map((row) => row.map(fromEngine));
  }
  return dimensionality === 'matrix' ? [[fromEngine(arg)]] : fromEngine(arg);
}

function toEngine(v: unknown): number | string | boolean | CellError {
  if (typeof v === 'number') {
    // A non-finite number would show as #NUM! (not #DIV/0!): the functions must never return one.
    return Number.isFinite(v) ? v : new CellError(ErrorType.NUM, `Non-finite result ${v}`);
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return toCellError(v);
}

/**
 * The first Excel error in an argument Excel would not pass, in argument order and, in a range,
 * row by row. Rule 9 (Microsoft, "Handle and return errors from your custom function: Errors as
 * custom function inputs"; custom-functions-json, allowErrorForDataTypeAny): only parameters of
 * type `any` may receive errors, and only when the metadata's top-level allowErrorForDataTypeAny is
 * true; otherwise Excel does not call the function and the cell shows the input's error. (A scalar
 * error never gets here: HyperFormula answers it before, as Excel does; a range carries its cells.)
 * Which of several errors Excel shows is not documented: the first, as Excel's own functions do.
 * (HyperFormula sizes a spill before it computes, so it repeats that error over the spill area
 * where Excel shows it once; the tests look at the formula's own cell.)
 */
function blockedError(f: IFunction, args: unknown[], allowErrors: boolean): CellError | undefined {
  for (const [i, p] of f.parameters.entries()) {
    if (allowErrors && p.type === 'any') continue;
    const arg = args[i];
    if (arg instanceof CellError) return arg;
    if (arg instanceof SimpleRangeValue)
      for (const row of arg.data) for (const v of row) if (v instanceof CellError) return v;
  }
  return undefined;
}

function call(
  fn: CustomFunction,
  f: IFunction,
  args: unknown[],
  omitted: boolean[],
  allowErrors: boolean,
) {
  const blocked = blockedError(f, args, allowErrors);
  if (blocked) return blocked;
  if (allowErrors)
    // How Excel passes an error to a function that allows it is not modelled (nor used by EUPACT).
    throw new Error('allowErrorForDataTypeAny is not modelled by this harness.');
  try {
    const passed = f.parameters.map((p, i) =>
      asExcelPasses(args[i], p.dimensionality, omitted[i] === true),
    );
    const result = fn(...passed);
    if (!Array.isArray(result)) return toEngine(result);
    const rows = result as unknown[][];
    if (rows.length === 1 && rows[0]!.length === 1) return toEngine(rows[0]![0]);
    return SimpleRangeValue.onlyValues(rows.map((row) => row.map(toEngine)));
  } catch (e) {
    return toCellError(e);
  }
}

/**
 * A FunctionPlugin class with one HyperFormula function per metadata entry, named
 * `<namespace>.<id>` as Excel shows it, and its translations for registerFunctionPlugin.
 */
export function eupactPlugin(
  metadata: {
    readonly functions: readonly IFunction[];
    readonly allowErrorForDataTypeAny?: boolean;
  },
  implementations: Readonly<Record<string, CustomFunction>>,
  namespace = 'EUPACT',
) {
  class EupactPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = {};
  }
  const names: Record<string, string> = {};
  const prototype = EupactPlugin.prototype as unknown as Record<string, unknown>;
  for (const f of metadata.functions) {
    const fn = implementations[f.id];
    if (!fn) throw new Error(`No implementation for ${f.id}`);
    const name = `${namespace}.${f.id}`;
    const method = `call${f.id}`;
    EupactPlugin.implementedFunctions[name] = {
      method,
      sizeOfResultArrayMethod: `${method}Size`,
      vectorizationForbidden: true,
      parameters: f.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: p.optional === true,
      })),
    };
    names[name] = name;
    prototype[method] = function (this: PluginInternals, ast: ProcedureAst, state: unknown) {
      // HyperFormula passes the same empty value for `=F(1,,2)` and an empty cell: tell them apart.
      const omitted = ast.args.map((a) => a.type === 'EMPTY');
      return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) =>
        call(fn, f, args, omitted, metadata.allowErrorForDataTypeAny === true),
      );
    };
    // The result has the first argument's shape (a scalar for one cell).
    prototype[`${method}Size`] = function (
      this: PluginInternals,
      ast: ProcedureAst,
      state: unknown,
    ) {
      const first = ast.args[0];
      if (!first) return ArraySize.scalar();
      const size = this.arraySizeForAst(first, state);
      // A value, not a reference (isScalar() is true for any reference): the function's own array.
      return size.width === 1 && size.height === 1
        ? ArraySize.scalar()
        : new ArraySize(size.width, size.height);
    };
  }
  return { plugin: EupactPlugin, translations: { enGB: names, enUS: names } };
}
