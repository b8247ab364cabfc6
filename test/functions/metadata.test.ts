import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ICustomFunctionsMetadata, IGenerateResult } from 'custom-functions-metadata';
import * as exported from '../../src/functions/functions';
import { FUNCTIONS_SOURCE, generatedMetadata } from './metadataOf';

/**
 * The public contract of the add-in: function ids, parameter names, types, dimensionality and
 * optional flags, written out literally. A change here breaks workbooks that use the functions:
 * never rename or remove; add new optional parameters at the end only, and raise the manifest's
 * <Version> (Excel caches functions.json).
 */
const matrix = { type: 'any', dimensionality: 'matrix' } as const;
const scalar = { type: 'any' } as const;
const optional = { optional: true } as const;

const CONTRACT = [
  {
    id: 'FAIRSHARE',
    name: 'FAIRSHARE',
    result: { dimensionality: 'matrix' },
    parameters: [
      { name: 'population_or_code', ...matrix },
      { name: 'gdp_or_dataset', ...matrix, ...optional },
      { name: 'populations', ...matrix, ...optional },
      { name: 'gdps', ...matrix, ...optional },
    ],
  },
  {
    id: 'PRESSURE_SCORE',
    name: 'PRESSURE_SCORE',
    result: { dimensionality: 'matrix' },
    parameters: [
      { name: 'value_or_code', ...matrix },
      { name: 'fair_share_or_indicator', ...matrix },
      { name: 'total_or_weights', ...matrix, ...optional },
      { name: 'dataset', ...scalar, ...optional },
    ],
  },
  {
    id: 'OFFSET_VALUE',
    name: 'OFFSET_VALUE',
    result: { dimensionality: 'matrix' },
    parameters: [
      { name: 'count', ...matrix },
      { name: 'eur_per_relocation', ...scalar, ...optional },
    ],
  },
  {
    id: 'OFFSET_COUNT',
    name: 'OFFSET_COUNT',
    result: { dimensionality: 'matrix' },
    parameters: [
      { name: 'eur', ...matrix },
      { name: 'eur_per_relocation', ...scalar, ...optional },
    ],
  },
  {
    id: 'CONTRIBUTION',
    name: 'CONTRIBUTION',
    result: { dimensionality: 'matrix' },
    parameters: [
      { name: 'code_or_fair_share', ...matrix },
      { name: 'unit', ...scalar, ...optional },
      { name: 'relocation_total', ...scalar, ...optional },
      { name: 'financial_total', ...scalar, ...optional },
      { name: 'dataset', ...scalar, ...optional },
      // Issue 14: the Council's reference numbers (Art. 57(1)), added at the end.
      { name: 'council_relocations', ...scalar, ...optional },
      { name: 'council_financial', ...scalar, ...optional },
    ],
  },
  {
    id: 'ART63_STATUS',
    name: 'ART63_STATUS',
    result: { dimensionality: 'matrix' },
    parameters: [
      { name: 'relocation_pledges', ...matrix },
      { name: 'relocation_number', ...scalar, ...optional },
      { name: 'offset_threshold', ...scalar, ...optional },
      { name: 'mandatory_share', ...scalar, ...optional },
      { name: 'mandatory_floor', ...scalar, ...optional },
      // Issue 14: Art. 63(3)(b) on the Council's number, Art. 63(4), Art. 13(4), added at the end.
      { name: 'reference_number', ...scalar, ...optional },
      { name: 'pledges_to_implement', ...scalar, ...optional },
      { name: 'reconvened_forum', ...scalar, ...optional },
    ],
  },
  {
    id: 'SOURCE',
    name: 'SOURCE',
    result: { dimensionality: 'matrix' },
    parameters: [
      { name: 'indicator', ...matrix },
      { name: 'dataset', ...scalar, ...optional },
    ],
  },
];

/** The README section that webpack turns into help.html. */
function functionReference(): string {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  const start = readme.indexOf('\n## Function reference');
  if (start < 0) return '';
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

// The unified manifest's schema caps function and parameter descriptions at 128 characters.
const MAX_DESCRIPTION = 128;

describe('functions.json, as custom-functions-metadata generates it from the JSDoc', () => {
  let result: IGenerateResult;
  let metadata: ICustomFunctionsMetadata;

  beforeAll(async () => {
    ({ result, metadata } = await generatedMetadata());
  });

  it('generates without errors', () => {
    expect(result.errors).toEqual([]);
  });

  it('keeps every id, parameter name, type, dimensionality and optional flag (the public contract)', () => {
    const shape = metadata.functions.map(({ description: _d, helpUrl: _h, ...f }) => ({
      ...f,
      parameters: f.parameters.map(({ description: _p, ...p }) => p),
    }));
    expect(shape).toEqual(CONTRACT);
  });

  it('describes every function and every parameter within Excel’s limits', () => {
    for (const f of metadata.functions) {
      expect(f.description?.trim()).toBeTruthy();
      expect(f.description!.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
      for (const p of f.parameters) {
        expect([f.id, p.name, p.description?.trim()]).toEqual([f.id, p.name, expect.any(String)]);
        expect(p.description!.length).toBeGreaterThan(10);
        expect(p.description!.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
      }
    }
  });

  it('links each function to its own section of the function reference', () => {
    const reference = functionReference();
    expect(reference).not.toBe('');
    for (const f of metadata.functions) {
      const anchor = f.id.toLowerCase();
      expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${anchor}`);
      const tag = `<a id="${anchor}"></a>`;
      expect([f.id, reference.split(tag).length - 1]).toEqual([f.id, 1]);
      // The anchor sits just above the function's heading.
      const next = reference
        .slice(reference.indexOf(tag) + tag.length)
        .split('\n')
        .find((line) => line.trim() !== '');
      expect(next).toBe(`### EUPACT.${f.id}`);
    }
  });

  it('puts optional parameters after the required ones', () => {
    for (const f of metadata.functions) {
      const flags = f.parameters.map((p) => p.optional === true);
      expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it('associates each id with an exported function, leaving the associate calls to webpack', () => {
    expect(result.associate.map((a) => a.id)).toEqual(CONTRACT.map((f) => f.id));
    for (const a of result.associate) {
      expect(typeof (exported as Record<string, unknown>)[a.functionName]).toBe('function');
    }
    expect(readFileSync(FUNCTIONS_SOURCE, 'utf8')).not.toMatch(/CustomFunctions\.associate\s*\(/);
  });
});
