import type { ImplementationRecord } from '../../src/core';

/** One implementation record, written in a line. */
export const record = (
  date: string,
  contributing: string,
  benefitting: string,
  type: ImplementationRecord['type'],
  amount: number,
): ImplementationRecord => ({ date, contributing, benefitting, type, amount });
