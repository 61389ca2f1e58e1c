// Haven's lint gate (STYLE.md §2, §12): module boundaries with real constraints, type-aware rules,
// and the purity rules that keep @haven/rules free of frameworks, I/O and clocks.
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

import haven from './tools/eslint-plugin-haven/index.mjs';

const pureLibraryRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['@nestjs/*'], message: '@haven/rules is pure: no NestJS.' },
        { group: ['@angular/*'], message: '@haven/rules is pure: no Angular.' },
        { group: ['typeorm', 'typeorm/*'], message: '@haven/rules is pure: no TypeORM.' },
        { group: ['rxjs', 'rxjs/*'], message: '@haven/rules is pure: no rxjs.' },
        { group: ['node:*'], message: '@haven/rules is pure: no node built-ins (no I/O).' },
        {
          group: ['fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'process'],
          message: '@haven/rules is pure: no node built-ins (no I/O).',
        },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: '@haven/rules never reads the clock: take the date as an argument.',
    },
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: '@haven/rules never reads the clock: take the date as an argument.',
    },
    {
      selector: "MemberExpression[object.name='process']",
      message: '@haven/rules reads no environment.',
    },
  ],
};

// Tests may import anything, so they sit outside the import graph: a test that imports two
// features ties neither to the other.
const testFiles = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.drill-spec.ts', 'testing/**'];

// The API's import graph. Composition roots wire every feature together and no feature depends on
// them, so they sit outside it too.
const apiGraph = {
  sourceRoot: `${import.meta.dirname}/apps/api/src`,
  alias: '@api/',
  ignore: [
    ...testFiles,
    'app.module.ts',
    'worker.module.ts',
    'main.ts',
    'worker.ts',
    'http-app.ts',
    'database/entities.ts',
    'database/data-source.ts',
    'database/database.module.ts',
    'database/seed.ts',
    'database/demo-*.ts',
    'database/migrate.ts',
  ],
};

// The web app's import graph: core/, shared/ and each features/<name>/ are its features.
const webGraph = {
  sourceRoot: `${import.meta.dirname}/apps/web/src/app`,
  featureContainers: ['features'],
  ignore: testFiles,
};

// Migrations that interpolate table, column or trigger names from lists of their own into DDL,
// applied before haven/sql-parameters existed (see its block below).
const SQL_BEFORE_THE_RULE = [
  'migrations/1795430000011-enable-row-level-security.ts',
  'migrations/1795510000003-create-law-change-reviews.ts',
  'migrations/1795530000001-create-retention.ts',
  'migrations/1795540000000-create-exports.ts',
  'migrations/1795560000000-create-funding-sources.ts',
  'migrations/1795560000001-create-service-activities.ts',
  'migrations/1795560000002-create-report-facts.ts',
  'migrations/1795610000000-add-case-id-indexes.ts',
  'migrations/1795660000000-create-board-entries.ts',
  'migrations/1795690000001-add-case-search-text.ts',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/tmp/**',
      '**/.angular/**',
      '**/.nx/**',
      '**/coverage/**',
      '**/*.mjs',
      '**/*.js',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: [
          './apps/api/tsconfig.spec.json',
          './apps/web/tsconfig.app.json',
          './apps/web/tsconfig.spec.json',
          './libs/rules/tsconfig.spec.json',
          './libs/contracts/tsconfig.json',
          './libs/testing/tsconfig.json',
          './e2e/tsconfig.json',
          './docker/tsconfig.json',
          './scripts/tsconfig.json',
          './tools/eslint-plugin-haven/tsconfig.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['@migrations', '@api/**'],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'purity:pure', onlyDependOnLibsWithTags: ['purity:pure'] },
            { sourceTag: 'kind:test', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            // The browser suite checks the app against the rules library and the wire types.
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
      'no-console': 'off',
    },
  },
  {
    files: ['libs/rules/src/**/*.ts'],
    ignores: ['libs/rules/src/**/*.spec.ts'],
    rules: pureLibraryRestrictions,
  },
  {
    // @haven/testing holds fixture builders: specs may import it, product code may not (STYLE.md §2).
    files: ['apps/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.drill-spec.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@haven/testing', message: 'Fixture builders are for spec files only.' }],
        },
      ],
    },
  },
  {
    // Features depend on each other one way only, and common/ and shared/ import no feature, so
    // that no helper module has to paper over a cycle (issue 12).
    files: ['apps/api/src/**/*.ts'],
    plugins: { haven },
    rules: {
      'haven/no-import-cycles': ['error', apiGraph],
      'haven/leaf-folders': [
        'error',
        { ...apiGraph, leaves: [{ folder: 'common', mayImport: ['config'] }] },
      ],
    },
  },
  {
    // Security check C2: SQL text at query(), prepared() and the query builder's where/orderBy/...
    // is written by the code; values go as parameters, names through allow-lists or sqlIdentifier.
    // Specs and testing/ helpers too: they send SQL to the same database. Migrations as well, but
    // those written before the rule: DDL takes no parameters, their names come from fixed lists in
    // the file, they read no input, and an applied migration's text is history (rewriting one
    // would change the function bodies it installed).
    files: ['apps/api/src/**/*.ts', 'migrations/**/*.ts', 'scripts/**/*.ts'],
    ignores: SQL_BEFORE_THE_RULE,
    plugins: { haven },
    rules: { 'haven/sql-parameters': 'error' },
  },
  {
    files: ['apps/web/src/**/*.ts'],
    plugins: { haven },
    rules: {
      'haven/no-import-cycles': ['error', webGraph],
      'haven/leaf-folders': ['error', { ...webGraph, leaves: [{ folder: 'shared' }] }],
    },
  },
  {
    // Tests may use `any` for deliberately malformed input; nothing else is relaxed.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/testing/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
