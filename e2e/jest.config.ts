import type { Config } from 'jest';

// Browser tests: the built API + worker + web app, started by the same launcher as `npm run demo`,
// driven through Debian's Chromium with playwright-core.
const config: Config = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  moduleNameMapper: {
    '^@haven/contracts$': '<rootDir>/../libs/contracts/src/index.ts',
    '^@haven/rules$': '<rootDir>/../libs/rules/src/index.ts',
    '^@haven/testing$': '<rootDir>/../libs/testing/src/index.ts',
    '^@haven/testing/documents$': '<rootDir>/../libs/testing/src/documents.ts',
  },
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 60000,
};

export default config;
