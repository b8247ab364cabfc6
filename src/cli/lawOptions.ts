import { tryNormalizeCode, type SystemicShortcomingFinding } from '../core';
import { clipText as clip, parseStrictNumber } from '../data';
import { UsageError } from './options';

// The options of issue 14 that carry a fact of the law: the SAR percentage (Art. 12(5), 57(2)),
// its states, and findings of systemic shortcomings (Art. 60(3), fourth subparagraph).

/** `--sar-percent`: 0 to 100, as a fraction. */
export function percent(raw: string): number {
  const read = parseStrictNumber(raw);
  if (!read.ok) throw new UsageError(`--sar-percent: ${read.reason}`);
  if (read.value < 0 || read.value > 100) {
    throw new UsageError(`--sar-percent must be 0 to 100, got "${clip(raw)}".`);
  }
  return read.value / 100;
}

function code(option: string, raw: string): string {
  const c = tryNormalizeCode(raw);
  if (!c) {
    throw new UsageError(
      `--${option}: "${clip(raw)}" is not a state code such as DE, or EL for Greece.`,
    );
  }
  return c;
}

export function codes(option: string, raw: string): string[] {
  return raw
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .map((c) => code(option, c));
}

const SHORTCOMING_SPEC = /^([^:=]+)(?::([^=]+))?(?:=(.*))?$/;

/** `EL`, `EL:59(4)`, `IT=Commission Implementing Decision (EU) 2026/...`. */
export function shortcoming(raw: string): SystemicShortcomingFinding {
  const m = SHORTCOMING_SPEC.exec(raw.trim());
  const article = (m?.[2] ?? '11').trim().replace(/^art(icle)?\.?\s*/i, '');
  if (!m || (article !== '11' && article !== '59(4)')) {
    throw new UsageError(
      `--systemic-shortcomings ${clip(raw)}: write CODE, CODE:11 or CODE:59(4), then =DECISION if you name it (Art. 60(3)).`,
    );
  }
  return {
    code: code('systemic-shortcomings', m[1] as string),
    decision: { article, reference: m[3]?.trim() || null },
  };
}
