import type { Linter } from 'eslint';

import { fixtureTree, lintTree, removeFixtureTrees } from './testing/fixture-tree';

const apiLeaves: Linter.RulesRecord = {
  'haven/leaf-folders': [
    'error',
    { sourceRoot: 'src', alias: '@app/', leaves: [{ folder: 'common', mayImport: ['config'] }] },
  ],
};

describe('haven/leaf-folders', () => {
  afterEach(() => removeFixtureTrees());

  it('lets common/ import itself, config/ and packages', async () => {
    const root = fixtureTree({
      'src/common/guards/session.guard.ts': [
        `import { Injectable } from '@nestjs/common';`,
        `import { AppConfig } from '@app/config/app-config';`,
        `import { Clock } from '../clock/clock';`,
        `import { deny } from '@app/common/access/deny';`,
        `export const guard = [Injectable, AppConfig, Clock, deny];`,
      ].join('\n'),
    });

    await expect(lintTree(root, apiLeaves)).resolves.toEqual([]);
  });

  it('refuses common/ importing a feature, by alias or by relative path', async () => {
    const root = fixtureTree({
      'src/common/guards/session.guard.ts': [
        `import type { Actor } from '@app/auth/actor';`,
        `import { SessionsService } from '../../auth/sessions.service';`,
        `export type Guard = [Actor, SessionsService];`,
      ].join('\n'),
    });

    await expect(lintTree(root, apiLeaves)).resolves.toEqual([
      'src/common/guards/session.guard.ts:1 common/ is a leaf of the app: it may import common/, config/ and packages, not @app/auth/actor. Move what both need into common/ or into a folder it may import.',
      'src/common/guards/session.guard.ts:2 common/ is a leaf of the app: it may import common/, config/ and packages, not ../../auth/sessions.service. Move what both need into common/ or into a folder it may import.',
    ]);
  });

  it('leaves spec files of common/ and files of other folders alone', async () => {
    const root = fixtureTree({
      'src/common/guards/session.guard.spec.ts': `import '@app/auth/actor';\n`,
      'src/cases/cases.service.ts': `import '@app/auth/actor';\nimport '@app/common/guards/session.guard';\n`,
    });

    await expect(lintTree(root, apiLeaves)).resolves.toEqual([]);
  });

  it('refuses the web shared/ folder importing core/ or a feature', async () => {
    const root = fixtureTree({
      'src/app/shared/case-label.pipe.ts': [
        `import { CasesStore } from '../features/cases/cases.store';`,
        `import { Session } from '../core/auth/session';`,
        `import { civilDate } from './civil-date';`,
        `export const pipe = [CasesStore, Session, civilDate];`,
      ].join('\n'),
    });
    const webLeaves: Linter.RulesRecord = {
      'haven/leaf-folders': [
        'error',
        { sourceRoot: 'src/app', featureContainers: ['features'], leaves: [{ folder: 'shared' }] },
      ],
    };

    await expect(lintTree(root, webLeaves)).resolves.toEqual([
      'src/app/shared/case-label.pipe.ts:1 shared/ is a leaf of the app: it may import shared/ and packages, not ../features/cases/cases.store. Move what both need into shared/ or into a folder it may import.',
      'src/app/shared/case-label.pipe.ts:2 shared/ is a leaf of the app: it may import shared/ and packages, not ../core/auth/session. Move what both need into shared/ or into a folder it may import.',
    ]);
  });
});
