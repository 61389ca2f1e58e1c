import type { Config } from 'jest';

const config: Config = {
  displayName: 'docker',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
};

export default config;
