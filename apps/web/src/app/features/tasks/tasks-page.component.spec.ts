import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { TaskListResponse } from '@haven/contracts';

import { aTask } from '../../../testing/board-builders';
import { readableText } from '../../../testing/text';
import { provideHavenIcons } from '../../core/icons/haven-icons';
import { tasksRoutes } from './tasks.routes';

// Far from any test run's "today", so overdue is not a matter of when the suite runs.
const LONG_AGO = '2000-01-03';
const FAR_AHEAD = '2999-12-30';

describe('TasksPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHavenIcons(),
        provideRouter([{ path: 'tasks', children: tasksRoutes }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(page: TaskListResponse) {
    const harness = await RouterTestingHarness.create('/tasks');
    const req = http.expectOne((r) => r.url === '/api/tasks');
    expect(req.request.params.get('assignee')).toBe('me');
    expect(req.request.params.get('status')).toBe('open');
    req.flush(page);
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    return { harness, loader, element };
  }

  it('lists my open tasks in the API’s order, overdue first and marked in words', async () => {
    const { loader, element } = await open({
      items: [
        aTask({
          title: 'File the extension motion',
          dueOn: LONG_AGO,
          sourceRule: 'VA.FA.PO.EXTENSION_FILE_BY',
          sourceCitation: 'Va. Code § 16.1-279.1(B)',
        }),
        aTask({ title: 'Call the sheriff', dueOn: FAR_AHEAD, caseReference: 'HV-2026-0007' }),
      ],
      nextCursor: null,
    });

    expect(readableText(element.querySelector('.note'))).toBe('2 open tasks, 1 overdue');
    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    const cells = await Promise.all(rows.map((r) => r.getCellTextByColumnName()));
    expect(cells.map((c) => [c['due'], c['title'], c['case']])).toEqual([
      [
        'OverdueJan 3, 2000',
        'File the extension motion Va. Code § 16.1-279.1(B)',
        'HV-2026-0001Juniper Ashdown',
      ],
      ['Dec 30, 2999', 'Call the sheriff', 'HV-2026-0007Juniper Ashdown'],
    ]);
  });

  it('links each task to its case', async () => {
    const task = aTask();
    const { element } = await open({ items: [task], nextCursor: null });

    expect(element.querySelector('td a')?.getAttribute('href')).toBe(`/cases/${task.caseId}`);
  });

  it('completes a task and takes it off the list', async () => {
    const task = aTask({ title: 'Call the sheriff' });
    const { harness, loader, element } = await open({ items: [task], nextCursor: null });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Mark done' }))).click();
    const req = http.expectOne(`/api/tasks/${task.id}/complete`);
    expect(req.request.method).toBe('POST');
    req.flush({ ...task, status: 'done' });
    await harness.fixture.whenStable();

    expect(element.querySelector('table')).toBeNull();
    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      '“Call the sheriff” is done.',
    );
    expect(readableText(element)).toContain('You have no open tasks.');
  });

  it('drops a task someone else already finished, and says so', async () => {
    const task = aTask({ title: 'Call the sheriff' });
    const { harness, loader, element } = await open({ items: [task], nextCursor: null });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Mark done' }))).click();
    http
      .expectOne(`/api/tasks/${task.id}/complete`)
      .flush(
        { error: 'TASK_NOT_OPEN', message: 'The task is done; only an open task can change.' },
        { status: 409, statusText: 'Conflict' },
      );
    await harness.fixture.whenStable();

    expect(readableText(element.querySelector('[role="alert"]'))).toBe(
      '“Call the sheriff” is no longer open; it has been removed from your list.',
    );
    expect(element.querySelector('table')).toBeNull();
  });

  it('loads the next page on request', async () => {
    const { harness, loader } = await open({ items: [aTask()], nextCursor: 'next-1' });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Load more' }))).click();
    http
      .expectOne((r) => r.url === '/api/tasks' && r.params.get('cursor') === 'next-1')
      .flush({ items: [aTask()], nextCursor: null });
    await harness.fixture.whenStable();

    expect(await (await loader.getHarness(MatTableHarness)).getRows()).toHaveLength(2);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Load more' }))).toHaveLength(
      0,
    );
  });
});
