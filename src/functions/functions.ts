/**
 * Placeholder until the EUPACT functions land.
 * @customfunction VERSION
 * @returns The add-in version.
 */
export function version(): string {
  return 'dev';
}
