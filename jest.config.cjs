/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // Jest's default of 5 s per test is a timing assumption: a pane test that renders the whole App
  // passes in about 1 s alone and took over 5 s on two cores shared with LibreOffice and Chromium.
  // No test here asserts a duration (figures come from `npm run bench`), so the limit only guards
  // against a hang.
  testTimeout: 120_000,
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/test/asyncWaits.ts', '<rootDir>/test/preloadedParts.ts'],
  transform: {
    '\\.csv$': '<rootDir>/test/csvTransform.cjs',
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: {
            react: { runtime: 'automatic' },
          },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
};
