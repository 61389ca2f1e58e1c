import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { PlannedReminderResponse, TaskListResponse } from '@haven/contracts';

import { aTask } from '../../../testing/board-builders';
import { readableText } from '../../../testing/text';
import { provideHavenIcons } from '../../core/icons/haven-icons';
import { tasksRoutes } from './tasks.routes';

// Far from any test run's "today", so overdue is not a matter of when the suite runs.
const LONG_AGO = '2000-01-03';
const LONG_AGO_DEADLINE = '2000-01-10';
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

  async function open(page: TaskListResponse, planned: PlannedReminderResponse[] = []) {
    const harness = await RouterTestingHarness.create('/tasks');
    const req = http.expectOne((r) => r.url === '/api/tasks');
    expect(req.request.params.get('assignee')).toBe('me');
    expect(req.request.params.get('status')).toBe('open');
    req.flush(page);
    const plannedReq = http.expectOne((r) => r.url === '/api/tasks/planned');
    // The inbox asks for every case the user may see, not one case's reminders.
    expect(plannedReq.request.params.has('caseId')).toBe(false);
    plannedReq.flush({ items: planned });
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
          forDay: LONG_AGO,
          dueOn: LONG_AGO_DEADLINE,
          deadlineOn: LONG_AGO_DEADLINE,
          sourceRule: 'VA.FA.PO.EXTENSION_FILE_BY',
          sourceCitation: 'Va. Code § 16.1-279.1(B)',
        }),
        aTask({
          title: 'Call the sheriff',
          forDay: FAR_AHEAD,
          dueOn: FAR_AHEAD,
          deadlineOn: null,
          caseReference: 'HV-2026-0007',
        }),
      ],
      nextCursor: null,
    });

    expect(readableText(element.querySelector('.note'))).toBe('2 open tasks, 1 overdue');
    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    const cells = await Promise.all(rows.map((r) => r.getCellTextByColumnName()));
    expect(cells.map((c) => [c['due'], c['title'], c['case']])).toEqual([
      [
        'OverdueJan 3, 2000 deadline Jan 10, 2000',
        'File the extension motion Va. Code § 16.1-279.1(B)',
        'HV-2026-0001Juniper Ashdown',
      ],
      ['Dec 30, 2999', 'Call the sheriff', 'HV-2026-0007Juniper Ashdown'],
    ]);
  });

  it('marks a task overdue by its deadline, not by the day its reminder was for', async () => {
    const { loader, element } = await open({
      items: [
        aTask({
          title: 'Ask the clerk about service',
          forDay: LONG_AGO,
          dueOn: FAR_AHEAD,
          deadlineOn: FAR_AHEAD,
        }),
      ],
      nextCursor: null,
    });

    expect(readableText(element.querySelector('.note'))).toBe('1 open task');
    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    const cells = await Promise.all(rows.map((r) => r.getCellTextByColumnName()));
    expect(cells.map((c) => c['due'])).toEqual(['Jan 3, 2000 deadline Dec 30, 2999']);
  });

  it('lists the reminders planned for my cases, with their day, deadline, case and rule', async () => {
    const { element } = await open({ items: [], nextCursor: null }, [
      {
        id: 'f0000000-0000-4000-8000-000000000001',
        caseId: 'c0000000-0000-4000-8000-000000000003',
        caseReference: 'HV-2026-0003',
        clientName: 'Juniper Ashdown',
        title: 'Prepare the motion to extend',
        forDay: '2999-12-01',
        deadlineOn: FAR_AHEAD,
        ruleId: 'VA.FA.PO.EXTENSION_FILE_BY',
        citation: 'Va. Code § 16.1-279.1(B)',
      },
    ]);

    const planned = element.querySelector('section.planned');
    expect(readableText(planned?.querySelector('li'))).toBe(
      'Prepare the motion to extend for Dec 1, 2999 · deadline Dec 30, 2999 · HV-2026-0003 · Va. Code § 16.1-279.1(B)',
    );
    expect(planned?.querySelector('li a')?.getAttribute('href')).toBe(
      '/cases/c0000000-0000-4000-8000-000000000003',
    );
  });

  it('says so when no reminder is planned', async () => {
    const { element } = await open({ items: [aTask()], nextCursor: null });

    expect(readableText(element.querySelector('section.planned'))).toContain(
      'No reminder is planned.',
    );
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
