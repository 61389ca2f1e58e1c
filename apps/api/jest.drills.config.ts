import type { Config } from 'jest';

import { apiJestPreset } from './jest.preset';

// Fault drills (security-checks G*, A8): each spec starts its own redis-server and PostgreSQL
// cluster on free ports and spawns real API and worker processes; run one file at a time.
const config: Config = {
  ...apiJestPreset,
  displayName: 'api:drills',
  testMatch: ['<rootDir>/src/**/*.drill-spec.ts'],
  testTimeout: 180_000,
};

export default config;
