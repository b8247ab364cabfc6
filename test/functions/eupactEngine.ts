import { CellError, HyperFormula } from 'hyperformula';
import * as eupact from '../../src/functions/functions';
import { installCustomFunctionsStub } from './customFunctionsStub';
import { eupactPlugin } from './hyperformulaPlugin';
import { generatedMetadata } from './metadataOf';

type CustomFunction = (...args: unknown[]) => unknown;

/** One call of an EUPACT function by the engine: which, and whether an argument held an error. */
export interface EngineCall {
  readonly id: string;
  readonly errorInputs: number;
}

function errorsIn(v: unknown): number {
  if (v instanceof CellError) return 1;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + errorsIn(x), 0);
  return 0;
}

/**
 * The EUPACT functions registered in HyperFormula from the metadata custom-functions-metadata
 * generates (as Excel reads it), each implementation wrapped to record how it was called: `calls`
 * says how many calls carried an Excel error in an argument, which Excel never makes (rule 9).
 */
export async function registerEupact(): Promise<{ calls: EngineCall[] }> {
  installCustomFunctionsStub();
  const { metadata, result } = await generatedMetadata();
  if (result.errors.length > 0) throw new Error(result.errors.join('\n'));
  const calls: EngineCall[] = [];
  const byId = Object.fromEntries(
    result.associate.map((a) => {
      const fn = (eupact as Record<string, unknown>)[a.functionName] as CustomFunction;
      const recorded: CustomFunction = (...args) => {
        calls.push({ id: a.id, errorInputs: errorsIn(args) });
        return fn(...args);
      };
      return [a.id, recorded];
    }),
  );
  const { plugin, translations } = eupactPlugin(metadata, byId);
  HyperFormula.registerFunctionPlugin(plugin, translations);
  return { calls };
}
