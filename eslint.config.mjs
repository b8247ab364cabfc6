// ESLint flat config: typescript-eslint's recommended rules, plus the architecture's import rules
// (ARCHITECTURE.md): the methodology imports nothing; data and report know no Office, React or Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process'];
const uiModules = ['react', 'react-dom', 'react-dom/*', '@fluentui/*', '@microsoft/office-js'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-unminified/**',
      'build/**',
      'coverage/**',
      'node_modules/**',
      'test-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./', message: 'src/core imports nothing outside itself.' },
            { regex: '^[^.]', message: 'src/core is pure TypeScript: no packages.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeModules, ...uiModules],
              message: 'data and report know no Node, Office or React.',
            },
            {
              group: [
                '**/excel/**',
                '**/taskpane/**',
                '**/cli/**',
                '**/functions/**',
                '**/xlsx/**',
              ],
              message: 'data and report are upstream of the adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/functions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/taskpane/**', ...uiModules],
              message: 'functions never import the task pane.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Excel',
          property: 'run',
          message: 'Components call src/excel, never Excel.run themselves.',
        },
      ],
    },
  },
  {
    files: ['**/*.cjs', 'webpack.config.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
      },
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
