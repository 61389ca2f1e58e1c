import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AtRiskResponse, BoardResponse } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import {
  ADA,
  SUPERVISOR,
  WREN,
  aBoard,
  aBoardDeadline,
  aBoardGroup,
  aBoardTask,
  anAtRiskItem,
} from '../../../testing/board-builders';
import { aSessionUser } from '../../../testing/builders';
import { readableText } from '../../../testing/text';
import { provideHavenIcons } from '../../core/icons/haven-icons';
import { boardRoutes } from './board.routes';

const NO_RISK: AtRiskResponse = {
  today: '2026-03-09',
  courtDays: 10,
  items: [],
  total: 0,
  nextCursor: null,
};

describe('BoardPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHavenIcons(),
        provideRouter([{ path: 'board', children: boardRoutes }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).start(aSessionUser({ ...SUPERVISOR, role: 'supervisor' }));
  });

  afterEach(() => http.verify());

  async function open(board: BoardResponse, atRisk: AtRiskResponse = NO_RISK, url = '/board') {
    const harness = await RouterTestingHarness.create(url);
    http.expectOne('/api/board/at-risk').flush(atRisk);
    http.expectOne((req) => req.url === '/api/board').flush(board);
    http
      .expectOne('/api/board/law-changes')
      .flush({ currentRulesSet: '2026.2', items: [], pending: 0 });
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const root = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    return { harness, loader, root, element };
  }

  it('puts each order at risk on top with the rule, citation and explanation that make it urgent', async () => {
    const { element } = await open(aBoard(), {
      ...NO_RISK,
      items: [anAtRiskItem()],
    });

    const atRisk = element.querySelector('section[aria-labelledby="at-risk-heading"]');
    const text = readableText(atRisk);
    expect(text).toContain('Final order expires soon and no motion to extend is recorded');
    expect(text).toContain('HV-2025-0042');
    expect(text).toContain('Due Mar 20, 2026 · 8 court days left');
    expect(text).toContain('File by Mar 19, 2026 (act by Mar 13, 2026)');
    expect(text).toContain('A motion to extend must be filed before the final order expires.');
    expect(text).toContain(
      'Va. Code § 16.1-279.1(B) · The motion to extend must be filed before the order expires',
    );
    // The rule is named by its title beside the citation, never by its id.
    expect(text).not.toContain('VA.FA.');
    expect(atRisk?.querySelector('a')?.getAttribute('href')).toBe(
      '/cases/c0000000-0000-4000-8000-000000000002',
    );
  });

  it('says so when no order is at risk', async () => {
    const { element } = await open(aBoard());

    expect(readableText(element)).toContain('No order’s protection is at risk.');
  });

  it('groups items by advocate, says how many are overdue, and marks overdue in words', async () => {
    const { loader, element } = await open(
      aBoard({
        groups: [
          aBoardGroup({
            advocate: WREN,
            items: [
              aBoardTask({ title: 'File the motion', dueOn: '2026-03-05', overdue: true }),
              aBoardDeadline({ dueOn: '2026-03-12' }),
            ],
          }),
          aBoardGroup({ advocate: null, items: [aBoardDeadline({ dueOn: '2026-03-13' })] }),
        ],
      }),
    );

    const headings = [...element.querySelectorAll('h3.group-title')].map((h) => readableText(h));
    expect(headings).toEqual(['Wren Calloway: 2 items, 1 overdue', 'Unassigned: 1 item']);
    const [first] = await loader.getAllHarnesses(MatTableHarness);
    const rows = await first?.getRows();
    const cells = await rows?.[0]?.getCellTextByColumnName();
    expect(cells?.['due']).toBe('Overdue Mar 5, 2026');
    expect(cells?.['what']).toContain('File the motion');
    expect(cells?.['what']).toContain('Assigned to Wren Calloway');
  });

  it("draws deadlines per week and open tasks per advocate from the server's counts", async () => {
    const { element } = await open(
      aBoard({
        overdueDeadlines: 4,
        deadlineWeeks: [
          { from: '2026-03-09', deadlines: 31 },
          { from: '2026-03-16', deadlines: 0 },
        ],
        groups: [
          aBoardGroup({
            advocate: WREN,
            items: [aBoardTask(), aBoardDeadline({ dueOn: '2026-03-12' })],
            total: 57,
            taskCount: 26,
            nextCursor: 'next-of-wren',
          }),
        ],
      }),
    );

    const charts = [...element.querySelectorAll('hv-bar-chart table')].map((t) => readableText(t));
    expect(charts).toEqual([
      'Deadlines per week Week Deadlines Overdue 4 Week of Mar 9, 2026 31 Week of Mar 16, 2026 0',
      'Open tasks per advocate Advocate Open tasks Wren Calloway 26',
    ]);
  });

  it('shows a group’s next page below its first, saying how many are left, until none are', async () => {
    const first = aBoardTask({ title: 'Call the court clerk', dueOn: '2026-03-02', overdue: true });
    const { harness, loader, element } = await open(
      aBoard({
        groups: [
          aBoardGroup({
            advocate: WREN,
            items: [first],
            total: 3,
            overdueCount: 2,
            nextCursor: 'after-first',
          }),
          aBoardGroup({ advocate: null, items: [aBoardDeadline()] }),
        ],
      }),
    );
    expect(readableText(element.querySelector('h3.group-title'))).toBe(
      'Wren Calloway: 3 items, 2 overdue',
    );
    const more = await loader.getHarness(MatButtonHarness.with({ text: 'Show more (2 left)' }));
    expect(await (await more.host()).getAttribute('aria-label')).toBe(
      'Show more (2 left) of Wren Calloway’s items',
    );
    // Only the group that has more offers more.
    expect(
      await loader.getAllHarnesses(MatButtonHarness.with({ text: /^Show more/ })),
    ).toHaveLength(1);

    await more.click();
    const req = http.expectOne((r) => r.url === '/api/board/items');
    expect(req.request.params.get('cursor')).toBe('after-first');
    expect(req.request.params.get('days')).toBe('7');
    req.flush({
      items: [
        aBoardTask({ title: 'File the return of service', dueOn: '2026-03-05', overdue: true }),
      ],
      nextCursor: 'after-second',
    });
    await harness.fixture.whenStable();
    expect(await more.getText()).toBe('Show more (1 left)');
    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      "1 more of Wren Calloway's items shown, 1 left.",
    );

    await more.click();
    const last = http.expectOne((r) => r.url === '/api/board/items');
    expect(last.request.params.get('cursor')).toBe('after-second');
    last.flush({ items: [aBoardDeadline({ dueOn: '2026-03-12' })], nextCursor: null });
    await harness.fixture.whenStable();

    const [wren] = await loader.getAllHarnesses(MatTableHarness);
    expect((await wren?.getRows())?.length).toBe(3);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /^Show more/ }))).toEqual([]);
    expect(document.activeElement?.id).toBe(`group-${WREN.id}`);
  });

  it('looks 30 days ahead when asked, and keeps the choice in the address', async () => {
    const { harness, loader } = await open(aBoard());

    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Next 30 days' }))).check();
    const req = http.expectOne((r) => r.url === '/api/board');
    expect(req.request.params.get('days')).toBe('30');
    req.flush(aBoard({ days: 30 }));
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/board?days=30');
  });

  it('reassigns a task to another advocate through a dialog, then reloads the board', async () => {
    const task = aBoardTask({ title: 'Call the sheriff about service', assignee: WREN });
    const board = aBoard({
      groups: [
        aBoardGroup({ advocate: ADA, items: [aBoardDeadline()] }),
        aBoardGroup({ advocate: WREN, items: [task] }),
      ],
    });
    const { harness, loader, root, element } = await open(board);

    await (
      await loader.getHarness(
        MatButtonHarness.with({ text: 'Reassign', selector: '[aria-label*="sheriff"]' }),
      )
    ).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(`/board?reassign=${task.id}`);

    http.expectOne('/api/users/assignable').flush({
      items: [
        { ...ADA, role: 'advocate' },
        { ...SUPERVISOR, role: 'supervisor' },
        { ...WREN, role: 'advocate' },
      ],
    });
    const dialog = await root.getHarness(MatDialogHarness);
    const dialogRef = TestBed.inject(MatDialog).openDialogs.at(0);
    if (!dialogRef) throw new Error('the reassign dialog is not open');
    const closed = firstValueFrom(dialogRef.afterClosed());
    const select = await dialog.getHarness(MatSelectHarness);
    await select.open();
    const options = await select.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual([
      'Wren Calloway (now)',
      'Ada Marsh (advocate)',
      'Rowan Pike (supervisor)',
    ]);
    await select.clickOptions({ text: 'Ada Marsh (advocate)' });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Reassign' }))).click();

    const put = http.expectOne(`/api/tasks/${task.id}/assignee`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ assigneeId: ADA.id });
    put.flush({ id: task.id, title: task.title, assignee: ADA });
    await closed;

    http.expectOne((r) => r.url === '/api/board').flush(board);
    await harness.fixture.whenStable();
    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      '“Call the sheriff about service” is now assigned to Ada Marsh.',
    );
    expect(TestBed.inject(Router).url).toBe('/board');
  });

  it('says so when a link names a task that is not among the items shown', async () => {
    const { element } = await open(aBoard(), NO_RISK, '/board?reassign=t-not-shown');

    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      'That task is not among the items shown: it may be done, due later, or further down its group (Show more).',
    );
  });

  it('opens the reassignment a link names', async () => {
    const task = aBoardTask();
    const { root } = await open(
      aBoard({ groups: [aBoardGroup({ items: [task] })] }),
      NO_RISK,
      `/board?reassign=${task.id}`,
    );

    http.expectOne('/api/users/assignable').flush({ items: [] });
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Reassign task');
    await dialog.close();
  });
});
