import { resolve } from 'node:path';
import {
  generateCustomFunctionsMetadata,
  type ICustomFunctionsMetadata,
  type IGenerateResult,
} from 'custom-functions-metadata';

export const FUNCTIONS_SOURCE = resolve(__dirname, '../../src/functions/functions.ts');

/** What the webpack plugin generates from src/functions/functions.ts: functions.json and the associations. */
export async function generatedMetadata(): Promise<{
  readonly result: IGenerateResult;
  readonly metadata: ICustomFunctionsMetadata;
}> {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  const metadata = (
    result.metadataJson ? JSON.parse(result.metadataJson) : { functions: [] }
  ) as ICustomFunctionsMetadata;
  return { result, metadata };
}
