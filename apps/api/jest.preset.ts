import type { Config } from 'jest';

/** Shared by the API's unit and integration configs: SWC with decorator metadata, app aliases. */
export const apiJestPreset: Config = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
      },
    ],
  },
  moduleNameMapper: {
    '^@haven/rules$': '<rootDir>/../../libs/rules/src/index.ts',
    '^@haven/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@haven/testing$': '<rootDir>/../../libs/testing/src/index.ts',
    '^@haven/testing/documents$': '<rootDir>/../../libs/testing/src/documents.ts',
    '^@api/(.*)$': '<rootDir>/src/$1',
    '^@migrations$': '<rootDir>/../../migrations/index.ts',
  },
};
