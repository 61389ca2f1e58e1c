import type { Config } from 'jest';

import { apiJestPreset } from './jest.preset';

const config: Config = {
  ...apiJestPreset,
  displayName: 'api:unit',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};

export default config;
