import { MethodologyError } from './errors';
import { methodReason, type MethodReasonCode } from './reasons';

export interface StateInfo {
  /** Eurostat code: ISO 3166-1 alpha-2 except EL for Greece. */
  readonly code: string;
  readonly name: string;
  readonly group: 'EU' | 'EFTA';
}

/** EU-27 in the Union's protocol order, then the four Dublin-associated states. */
export const STATES: readonly StateInfo[] = [
  { code: 'BE', name: 'Belgium', group: 'EU' },
  { code: 'BG', name: 'Bulgaria', group: 'EU' },
  { code: 'CZ', name: 'Czechia', group: 'EU' },
  { code: 'DK', name: 'Denmark', group: 'EU' },
  { code: 'DE', name: 'Germany', group: 'EU' },
  { code: 'EE', name: 'Estonia', group: 'EU' },
  { code: 'IE', name: 'Ireland', group: 'EU' },
  { code: 'EL', name: 'Greece', group: 'EU' },
  { code: 'ES', name: 'Spain', group: 'EU' },
  { code: 'FR', name: 'France', group: 'EU' },
  { code: 'HR', name: 'Croatia', group: 'EU' },
  { code: 'IT', name: 'Italy', group: 'EU' },
  { code: 'CY', name: 'Cyprus', group: 'EU' },
  { code: 'LV', name: 'Latvia', group: 'EU' },
  { code: 'LT', name: 'Lithuania', group: 'EU' },
  { code: 'LU', name: 'Luxembourg', group: 'EU' },
  { code: 'HU', name: 'Hungary', group: 'EU' },
  { code: 'MT', name: 'Malta', group: 'EU' },
  { code: 'NL', name: 'Netherlands', group: 'EU' },
  { code: 'AT', name: 'Austria', group: 'EU' },
  { code: 'PL', name: 'Poland', group: 'EU' },
  { code: 'PT', name: 'Portugal', group: 'EU' },
  { code: 'RO', name: 'Romania', group: 'EU' },
  { code: 'SI', name: 'Slovenia', group: 'EU' },
  { code: 'SK', name: 'Slovakia', group: 'EU' },
  { code: 'FI', name: 'Finland', group: 'EU' },
  { code: 'SE', name: 'Sweden', group: 'EU' },
  { code: 'IS', name: 'Iceland', group: 'EFTA' },
  { code: 'LI', name: 'Liechtenstein', group: 'EFTA' },
  { code: 'NO', name: 'Norway', group: 'EFTA' },
  { code: 'CH', name: 'Switzerland', group: 'EFTA' },
];

const BY_CODE = new Map(STATES.map((s) => [s.code, s]));
const BY_NAME = new Map(STATES.map((s) => [s.name.toLowerCase(), s]));
/** ISO codes Eurostat writes differently. */
const ISO_TO_EUROSTAT: Readonly<Record<string, string>> = { GR: 'EL' };

/**
 * The 26 states bound by the solidarity mechanism: the EU-27 without Denmark, which does not take
 * part (Protocol No 22). Ireland takes part (opt-in confirmed 31 July 2024).
 */
export const DEFAULT_PARTICIPANTS: readonly string[] = STATES.filter(
  (s) => s.group === 'EU' && s.code !== 'DK',
).map((s) => s.code);

/** The Eurostat code for a code typed by a person (`gr`, ` EL `), or undefined if unknown. */
export function tryNormalizeCode(input: string): string | undefined {
  const upper = input.trim().toUpperCase();
  const code = ISO_TO_EUROSTAT[upper] ?? upper;
  return BY_CODE.has(code) ? code : undefined;
}

/** What a state's code was given for ("participant code"): a code of reasons.ts, said in words. */
export type CodeField = Extract<MethodReasonCode, `codeOf${string}`>;

export function normalizeCode(input: unknown, of: CodeField = 'codeOfCountry'): string {
  const field = { kind: 'stateCode', of } as const;
  if (typeof input !== 'string' || input.trim() === '') {
    throw new MethodologyError(methodReason('codeEmpty', { field: methodReason(of) }), { field });
  }
  const code = tryNormalizeCode(input);
  if (!code) {
    const given = input.trim();
    throw new MethodologyError(methodReason('codeUnknown', { field: methodReason(of), given }), {
      state: given,
      field,
    });
  }
  return code;
}

export function stateName(code: string): string {
  return BY_CODE.get(code)?.name ?? code;
}

/** The code of a state named in English ("Germany"), as SDMX-CSV files with labels carry it. */
export function codeFromName(name: string): string | undefined {
  const trimmed = name.trim().toLowerCase();
  const known = BY_NAME.get(trimmed);
  if (known) return known.code;
  // Eurostat labels: "Germany (until 1990 former territory of the FRG)", "Czechia", ...
  for (const s of STATES) if (trimmed.startsWith(s.name.toLowerCase() + ' (')) return s.code;
  return undefined;
}
