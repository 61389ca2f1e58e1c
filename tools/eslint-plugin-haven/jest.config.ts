import type { Config } from 'jest';

const config: Config = {
  displayName: 'eslint-plugin-haven',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/*.spec.ts'],
  moduleFileExtensions: ['ts', 'mjs', 'js', 'json'],
  // The plugin is plain ESM so that eslint.config.mjs loads it without a build; jest runs CommonJS.
  transform: { '^.+\\.(ts|mjs)$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testTimeout: 120000,
};

export default config;
