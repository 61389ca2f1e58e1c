import type { Config } from 'jest';

import { apiJestPreset } from './jest.preset';

// Integration tests run against the real PostgreSQL and Redis: a fresh database built by the real
// migrations (globalSetup), one file at a time (--runInBand) so tests never fight over tables.
const config: Config = {
  ...apiJestPreset,
  displayName: 'api:int',
  testMatch: [
    '<rootDir>/src/**/*.int-spec.ts',
    '<rootDir>/bench/**/*.int-spec.ts',
    '<rootDir>/../../docker/**/*.int-spec.ts',
  ],
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  // security-checks A8: no planted confidential value in the log the suite wrote.
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  testTimeout: 30000,
};

export default config;
