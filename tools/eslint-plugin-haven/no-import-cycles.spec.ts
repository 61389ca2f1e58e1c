import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Linter } from 'eslint';

import { fixtureTree, lintTree, removeFixtureTrees } from './testing/fixture-tree';

const api = { sourceRoot: 'src', alias: '@app/' };
const cyclesRule = (options: object = api): Linter.RulesRecord => ({
  'haven/no-import-cycles': ['error', options],
});

// Two features, one way: cases uses followups, followups knows nothing of cases.
const cleanTree = {
  'src/cases/cases.service.ts': `import { Followup } from '@app/followups/followup';\nexport class CasesService { f = Followup; }\n`,
  'src/cases/case.entity.ts': `export class CaseEntity {}\n`,
  'src/followups/followup.ts': `export class Followup {}\n`,
  'src/followups/followup-sync.ts': `import { Followup } from './followup';\nexport const sync = Followup;\n`,
};

describe('haven/no-import-cycles', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    removeFixtureTrees();
  });

  it('passes a tree whose features depend on each other one way', async () => {
    await expect(lintTree(fixtureTree(cleanTree), cyclesRule())).resolves.toEqual([]);
  });

  it('names the feature cycle when followups imports back a type of cases', async () => {
    const root = fixtureTree({
      ...cleanTree,
      'src/followups/followup-sync.ts': `import type { CasesService } from '@app/cases/cases.service';\nexport type Sync = CasesService;\n`,
    });

    await expect(lintTree(root, cyclesRule())).resolves.toEqual([
      'src/cases/cases.service.ts:1 Import cycle between features: cases -> followups -> cases (via cases/cases.service.ts -> followups/followup.ts; followups/followup-sync.ts -> cases/cases.service.ts). Features may depend on each other one way only.',
      'src/followups/followup-sync.ts:1 Import cycle between features: followups -> cases -> followups (via followups/followup-sync.ts -> cases/cases.service.ts; cases/cases.service.ts -> followups/followup.ts). Features may depend on each other one way only.',
    ]);
  });

  it('names a feature cycle that runs through a third feature', async () => {
    const root = fixtureTree({
      ...cleanTree,
      'src/followups/followup.ts': `import { Task } from '@app/tasks/task';\nexport class Followup { t = Task; }\n`,
      'src/tasks/task.ts': `import { CaseEntity } from '../cases/case.entity';\nexport class Task { c = CaseEntity; }\n`,
    });

    await expect(lintTree(root, cyclesRule())).resolves.toEqual([
      'src/cases/cases.service.ts:1 Import cycle between features: cases -> followups -> tasks -> cases (via cases/cases.service.ts -> followups/followup.ts; followups/followup.ts -> tasks/task.ts; tasks/task.ts -> cases/case.entity.ts). Features may depend on each other one way only.',
      'src/followups/followup.ts:1 Import cycle between features: followups -> tasks -> cases -> followups (via followups/followup.ts -> tasks/task.ts; tasks/task.ts -> cases/case.entity.ts; cases/cases.service.ts -> followups/followup.ts). Features may depend on each other one way only.',
      'src/tasks/task.ts:1 Import cycle between features: tasks -> cases -> followups -> tasks (via tasks/task.ts -> cases/case.entity.ts; cases/cases.service.ts -> followups/followup.ts; followups/followup.ts -> tasks/task.ts). Features may depend on each other one way only.',
    ]);
  });

  it('names a two-file cycle inside one feature', async () => {
    const root = fixtureTree({
      ...cleanTree,
      'src/cases/case.entity.ts': `import { CaseAssignmentEntity } from './case-assignment.entity';\nexport class CaseEntity { a?: CaseAssignmentEntity; }\n`,
      'src/cases/case-assignment.entity.ts': `import { CaseEntity } from './case.entity';\nexport class CaseAssignmentEntity { c?: CaseEntity; }\n`,
    });

    await expect(lintTree(root, cyclesRule())).resolves.toEqual([
      'src/cases/case-assignment.entity.ts:1 Import cycle: cases/case-assignment.entity.ts -> cases/case.entity.ts -> cases/case-assignment.entity.ts.',
      'src/cases/case.entity.ts:1 Import cycle: cases/case.entity.ts -> cases/case-assignment.entity.ts -> cases/case.entity.ts.',
    ]);
  });

  it('leaves spec files and testing/ out of the graph, so they may import anything', async () => {
    const root = fixtureTree({
      ...cleanTree,
      'src/followups/followup.spec.ts': `import { CasesService } from '@app/cases/cases.service';\nimport { Followup } from './followup';\nvoid [CasesService, Followup];\n`,
      'src/followups/followups.int-spec.ts': `import '@app/cases/cases.service';\n`,
      'src/testing/builders.ts': `import '@app/cases/cases.service';\nimport '@app/followups/followup';\n`,
      'src/followups/followup-sync.ts': `import '@app/testing/builders';\n`,
    });

    await expect(lintTree(root, cyclesRule())).resolves.toEqual([]);
  });

  it('leaves the composition roots named in the options out of the graph', async () => {
    const root = fixtureTree({
      ...cleanTree,
      'src/database/entities.ts': `import { CaseEntity } from '@app/cases/case.entity';\nexport const entities = [CaseEntity];\n`,
      'src/cases/cases.repository.ts': `import { entities } from '@app/database/entities';\nexport const all = entities;\n`,
    });

    await expect(
      lintTree(root, cyclesRule({ ...api, ignore: ['database/entities.ts'] })),
    ).resolves.toEqual([]);
    await expect(lintTree(root, cyclesRule())).resolves.toEqual([
      'src/cases/cases.repository.ts:1 Import cycle between features: cases -> database -> cases (via cases/cases.repository.ts -> database/entities.ts; database/entities.ts -> cases/case.entity.ts). Features may depend on each other one way only.',
      'src/database/entities.ts:1 Import cycle between features: database -> cases -> database (via database/entities.ts -> cases/case.entity.ts; cases/cases.repository.ts -> database/entities.ts). Features may depend on each other one way only.',
    ]);
  });

  it('counts re-exports and dynamic imports, and ignores packages', async () => {
    const root = fixtureTree({
      'src/core/index.ts': `export * from './session';\nimport '@angular/core';\n`,
      'src/core/session.ts': `export const load = () => import('../features/cases/cases.routes');\n`,
      'src/features/cases/cases.routes.ts': `export { load } from '../../core';\n`,
    });

    await expect(
      lintTree(root, cyclesRule({ sourceRoot: 'src', featureContainers: ['features'] })),
    ).resolves.toEqual([
      'src/core/index.ts:1 Import cycle: core/index.ts -> core/session.ts -> features/cases/cases.routes.ts -> core/index.ts.',
      'src/core/session.ts:1 Import cycle: core/session.ts -> features/cases/cases.routes.ts -> core/index.ts -> core/session.ts.',
      'src/features/cases/cases.routes.ts:1 Import cycle: features/cases/cases.routes.ts -> core/index.ts -> core/session.ts -> features/cases/cases.routes.ts.',
    ]);
  });

  it('counts a type written as typeof import()', async () => {
    const root = fixtureTree({
      ...cleanTree,
      'src/followups/followup.ts': `export type Service = typeof import('@app/cases/cases.service');\n`,
    });

    await expect(lintTree(root, cyclesRule())).resolves.toEqual([
      'src/cases/cases.service.ts:1 Import cycle: cases/cases.service.ts -> followups/followup.ts -> cases/cases.service.ts.',
      'src/followups/followup.ts:1 Import cycle: followups/followup.ts -> cases/cases.service.ts -> followups/followup.ts.',
    ]);
  });

  it('treats each folder under features/ as its own feature', async () => {
    const root = fixtureTree({
      'src/features/cases/case-list.ts': `import { taskCount } from '../tasks/task-count';\nexport const list = taskCount;\n`,
      'src/features/tasks/task-count.ts': `export const taskCount = 1;\n`,
      'src/features/tasks/task-links.ts': `import { list } from '../cases/case-list';\nexport const links = list;\n`,
    });
    const web = { sourceRoot: 'src', featureContainers: ['features'] };

    await expect(lintTree(root, cyclesRule(web))).resolves.toEqual([
      'src/features/cases/case-list.ts:1 Import cycle between features: features/cases -> features/tasks -> features/cases (via features/cases/case-list.ts -> features/tasks/task-count.ts; features/tasks/task-links.ts -> features/cases/case-list.ts). Features may depend on each other one way only.',
      'src/features/tasks/task-links.ts:1 Import cycle between features: features/tasks -> features/cases -> features/tasks (via features/tasks/task-links.ts -> features/cases/case-list.ts; features/cases/case-list.ts -> features/tasks/task-count.ts). Features may depend on each other one way only.',
    ]);
  });

  it('sees a cycle closed by a file written after the graph was built', async () => {
    const root = fixtureTree(cleanTree);
    await expect(lintTree(root, cyclesRule())).resolves.toEqual([]);

    writeFileSync(
      join(root, 'src/followups/followup.ts'),
      `import '@app/cases/cases.service';\nexport class Followup {}\n`,
    );
    const later = Date.now() + 5000;
    jest.spyOn(Date, 'now').mockReturnValue(later);

    await expect(lintTree(root, cyclesRule())).resolves.toEqual([
      'src/cases/cases.service.ts:1 Import cycle: cases/cases.service.ts -> followups/followup.ts -> cases/cases.service.ts.',
      'src/followups/followup.ts:1 Import cycle: followups/followup.ts -> cases/cases.service.ts -> followups/followup.ts.',
    ]);
  });
});
