import type { Page } from 'playwright-core';

import { baseUrl } from './support/browser';
import { type BrowserSpec, browserSpec } from './support/browser-spec';
import {
  ADMIN,
  ADVOCATE,
  ADVOCATE2,
  SUPERVISOR,
  query,
  signIn,
  virginiaDate,
} from './support/demo';
import { focusedName, tabTo, typeDate } from './support/keyboard';
import { sidewaysOverflow } from './support/layout';

// Issue 7's browser acceptance for the pages around the case: a supervisor reassigns an overdue
// task from the board; every main page is checked by axe-core, saved as a screenshot, and its main
// action works by keyboard (tasks, calendar, rules, admin).

// Registered by the describe block below; the helpers of this file audit through it.
let spec: BrowserSpec;

function audit(page: Page, label: string): Promise<void> {
  return spec.audit(page, label);
}

interface OpenTask {
  id: string;
  title: string;
  reference: string;
}

/** Blue Ridge's open tasks assigned to `email`, due before `before` when given, oldest first. */
function openTasksOf(email: string, before?: string): Promise<OpenTask[]> {
  return query<OpenTask>(
    `select t.id, t.title, c.reference from task t
       join case_file c on c.id = t.case_id
       join app_user u on u.id = t.assignee_id
      where u.email = $1 and t.status = 'open' and ($2::date is null or t.due_on < $2::date)
      order by t.due_on, t.id`,
    [email, before ?? null],
  );
}

/** A task of HV-2026-0001 for `email`, due on `dueOn`, as the worker would have written it. */
async function insertTask(email: string, title: string, dueOn: string): Promise<OpenTask> {
  const [task] = await query<OpenTask>(
    `insert into task (organisation_id, case_id, title, due_on, assignee_id)
     select c.organisation_id, c.id, $2, $3, u.id
       from case_file c join app_user u on u.organisation_id = c.organisation_id
      where c.reference = 'HV-2026-0001' and u.email = $1
        and c.organisation_id = (select id from organisation where slug = 'blue-ridge-demo')
     returning id, title, 'HV-2026-0001' as reference`,
    [email, title, dueOn],
  );
  if (!task) throw new Error('could not insert the task');
  return task;
}

/**
 * An overdue task of the demo advocate: the worker delivers the seed's follow-ups that are due,
 * one of which is overdue ("Check service with the sheriff"); if it has not yet, the spec writes
 * one as the worker would.
 */
async function overdueTask(): Promise<OpenTask> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const [task] = await openTasksOf(ADVOCATE, virginiaDate());
    if (task) return task;
    await new Promise((r) => setTimeout(r, 500));
  }
  return insertTask(ADVOCATE, 'Call the sheriff about service (e2e)', virginiaDate(-3));
}

/** Tabs until a calendar day cell has the focus; returns its date. */
async function tabToCalendarDay(page: Page): Promise<string> {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const day = await focusedDay(page);
    if (day) return day;
  }
  throw new Error('Tab never reached a calendar day');
}

function focusedDay(page: Page): Promise<string | null> {
  return page.evaluate(`document.activeElement?.getAttribute('data-day') ?? null`) as Promise<
    string | null
  >;
}

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

describe('the pages around the case, by role and by keyboard', () => {
  spec = browserSpec();
  let page: Page;

  beforeEach(() => {
    page = spec.page();
  });

  it('lets a supervisor find an overdue task on the board and reassign it by keyboard', async () => {
    const task = await overdueTask();
    await signIn(page, SUPERVISOR);
    await tabTo(page, 'Board');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Supervisor board' }).waitFor();
    const reassign = `Reassign ${task.title} (${task.reference})`;
    const button = page.getByRole('button', { name: reassign }).first();
    await button.waitFor();
    // Overdue first, marked as such, in the advocate's group.
    const row = page.getByRole('row').filter({ has: button });
    await row.getByText('Overdue').waitFor();
    await page.getByRole('heading', { name: /^Avery Quillfeather: .*overdue/ }).waitFor();
    await audit(page, 'board');

    await tabTo(page, reassign, 400);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Reassign task' });
    await dialog.getByRole('combobox', { name: 'Assign to' }).waitFor();
    await dialog.getByRole('progressbar').waitFor({ state: 'detached' });
    await audit(page, 'board-reassign-dialog');
    // The select has the focus: typing a name chooses it, as in any closed list box.
    await tabTo(page, 'Assign to');
    await page.keyboard.type('Rowan');
    await dialog
      .getByRole('combobox', { name: 'Assign to' })
      .getByText('Rowan Thistlewood')
      .waitFor();
    await tabTo(page, /^Reassign$/);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `“${task.title}” is now assigned to Rowan Thistlewood.` })
      .waitFor();

    const [stored] = await query<{ email: string }>(
      `select u.email from task t join app_user u on u.id = t.assignee_id where t.id = $1`,
      [task.id],
    );
    expect(stored?.email).toBe(ADVOCATE2);
    // The board reloads: the task is in Rowan's group now.
    await page
      .getByRole('region', { name: 'Rowan Thistlewood' })
      .getByRole('button', { name: reassign })
      .waitFor();
  });

  it("pages a busy advocate's group on the board by keyboard, with exact counts, at 1280 and 360 px", async () => {
    // More than two pages of tasks for Rowan, due in two days.
    const titles = Array.from({ length: 45 }, (_, i) => `Board paging task ${i + 1} (e2e)`);
    for (const title of titles) await insertTask(ADVOCATE2, title, virginiaDate(2));
    try {
      await signIn(page, SUPERVISOR);
      await page.goto(`${baseUrl()}/board`);
      await page.getByRole('heading', { level: 1, name: 'Supervisor board' }).waitFor();
      const answer = await page.request.get(`${baseUrl()}/api/board?days=7`);
      const board = (await answer.json()) as {
        groups: Array<{ advocate: { displayName: string } | null; total: number }>;
      };
      const total = board.groups.find(
        (g) => g.advocate?.displayName === 'Rowan Thistlewood',
      )?.total;
      if (total === undefined || total <= 25) throw new Error(`Rowan's group holds ${total}`);

      const group = page.getByRole('region', { name: 'Rowan Thistlewood' });
      await group.getByRole('heading', { name: `Rowan Thistlewood: ${total} items` }).waitFor();
      const rows = group.getByRole('row');
      // A header row and the group's first 5 items.
      expect(await rows.count()).toBe(6);
      const more = group.getByRole('button', { name: /^Show more/ });
      expect(await more.textContent()).toContain(`Show more (${total - 5} left)`);
      await audit(page, 'board-paged');

      await tabTo(page, `Show more (${total - 5} left) of Rowan Thistlewood’s items`, 600);
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `20 more of Rowan Thistlewood's items shown` })
        .waitFor();
      expect(await rows.count()).toBe(26);
      // The button stays under the keyboard, now with fewer left.
      expect(await focusedName(page)).toContain(`Show more (${total - 25} left)`);

      await page.setViewportSize({ width: 360, height: 780 });
      await more.scrollIntoViewIfNeeded();
      expect(await sidewaysOverflow(page)).toBe(0);
      await audit(page, 'board-paged-360');
    } finally {
      await query(`delete from task where title = any($1)`, [titles]);
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('lets an advocate mark a task done from the inbox by keyboard', async () => {
    const task = await insertTask(
      ADVOCATE,
      'Confirm the hearing date with the client (e2e)',
      virginiaDate(1),
    );
    await signIn(page, ADVOCATE);
    await tabTo(page, 'My tasks');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    await page.getByRole('table').waitFor();
    await audit(page, 'tasks');

    await tabTo(page, `Mark done: ${task.title} (${task.reference})`, 200);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `“${task.title}” is done.` })
      .waitFor();
    const [stored] = await query<{ status: string }>(`select status from task where id = $1`, [
      task.id,
    ]);
    expect(stored?.status).toBe('done');
    expect(await openTasksOf(ADVOCATE)).not.toContainEqual(task);
  });

  it('moves through the calendar by keyboard, in month and week view', async () => {
    await signIn(page, ADVOCATE);
    await tabTo(page, /^Calendar$/);
    await page.keyboard.press('Enter');
    const title = page.getByRole('heading', { level: 1 });
    await page.getByRole('grid').waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    await audit(page, 'calendar-month');
    const month = (await title.textContent())?.trim();

    // Arrow keys move by day; Page Down by month; Enter goes to the day's entries.
    const first = await tabToCalendarDay(page);
    await page.keyboard.press('ArrowRight');
    await until(
      page,
      `document.activeElement?.getAttribute('data-day') === '${addDays(first, 1)}'`,
    );
    await page.keyboard.press('PageDown');
    await until(
      page,
      `document.querySelector('h1')?.textContent.trim() !== ${JSON.stringify(month)}`,
    );
    await until(page, `document.activeElement?.getAttribute('role') === 'gridcell'`);
    const moved = await focusedDay(page);
    expect(moved?.slice(0, 7)).not.toBe(first.slice(0, 7));
    await page.keyboard.press('Enter');
    await until(page, `document.activeElement?.id === 'day-heading'`);

    // The week view: the views are a radio group, so the arrow key chooses the other one.
    await tabTo(page, /^Month$/);
    await page.keyboard.press('ArrowRight');
    await title.filter({ hasText: /^Week of / }).waitFor();
    expect(await page.locator('table[role="grid"] tbody tr').count()).toBe(1);
    // Back to this week, which has the seeded hearings and deadlines.
    await tabTo(page, /^Today$/);
    await page.keyboard.press('Enter');
    await page.locator('td.day.today').waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    await audit(page, 'calendar-week');
    const week = (await title.textContent())?.trim();
    await tabTo(page, 'Next week');
    await page.keyboard.press('Enter');
    await until(
      page,
      `document.querySelector('h1')?.textContent.trim() !== ${JSON.stringify(week)}`,
    );
  });

  it('searches the rules reference by keyboard', async () => {
    await signIn(page, SUPERVISOR);
    await tabTo(page, 'Rules');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Rules reference' }).waitFor();
    await audit(page, 'rules');
    const all = await page.locator('article.rule').count();
    expect(all).toBeGreaterThan(10);
    await tabTo(page, 'Search rules');
    await page.keyboard.type('16.1-253.4');
    await until(
      page,
      `document.querySelectorAll('article.rule').length < ${all} &&
       document.querySelectorAll('article.rule').length > 0`,
    );
  });

  it('shows a supervisor the follow-up lead times', async () => {
    await signIn(page, SUPERVISOR);
    await tabTo(page, 'Follow-up lead times');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Follow-up lead times' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).waitFor();
    await audit(page, 'admin-followup-settings');
  });

  it('shows a supervisor the funding sources, each with its funder and what it is counted in', async () => {
    await signIn(page, SUPERVISOR);
    await tabTo(page, 'Funding sources');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Funding sources' }).waitFor();
    await page.getByRole('table').getByText('VOCA Performance Measurement Tool').first().waitFor();
    await audit(page, 'admin-funding-sources');
    await tabTo(page, 'Add a funding source');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('heading', { name: 'Add a funding source' }).waitFor();
    await audit(page, 'admin-funding-source-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('shows an admin the breach scoping page from the nav', async () => {
    await signIn(page, ADMIN);
    await tabTo(page, 'Breach scoping');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Breach scoping' }).waitFor();
    await page.getByRole('button', { name: 'Find clients' }).waitFor();
    await audit(page, 'admin-breach-scope');
  });

  it('shows an admin no case but the admin pages, and adds a court closure by keyboard', async () => {
    await signIn(page, ADMIN);
    await page.getByRole('heading', { level: 1, name: 'No case access' }).waitFor();
    await audit(page, 'no-case-access');

    await tabTo(page, /^Users$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('table').getByText('Avery Quillfeather').waitFor();
    await audit(page, 'admin-users');

    await tabTo(page, 'Court closures');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Court closures' }).waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    await audit(page, 'admin-court-closures');

    const closedOn = addDays(virginiaDate(), 40);
    const name = `Water main break (e2e ${closedOn})`;
    await tabTo(page, 'Date closed');
    await typeDate(page, closedOn);
    await tabTo(page, 'Kind');
    await page.keyboard.type('Court closed');
    await tabTo(page, /^Name/);
    await page.keyboard.type(name);
    await tabTo(page, /^Courts/);
    await page.keyboard.type('jdr-fairfax');
    await tabTo(page, /^Authority/);
    await page.keyboard.type('Order of the chief judge (e2e)');
    await tabTo(page, 'Add closure');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `${name} added;` })
      .waitFor();

    const stored = await query<{ closed_on: string; kind: string; court_ids: string[] }>(
      `select to_char(closed_on, 'YYYY-MM-DD') as closed_on, kind, court_ids
         from court_closure where name = $1`,
      [name],
    );
    expect(stored).toEqual([
      { closed_on: closedOn, kind: 'court_closure', court_ids: ['jdr-fairfax'] },
    ]);
  });

  it('keeps the API behind the pages: a board call without a supervisor is refused', async () => {
    await signIn(page, ADVOCATE);
    const answer = await page.request.get(`${baseUrl()}/api/board?days=7`);
    expect(answer.status()).toBe(403);
    await page.goto(`${baseUrl()}/board`);
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
  });
});

/**
 * Polls a script expression until it is true (the string form of waitForFunction needs eval,
 * which the app's CSP refuses; evaluate goes through the DevTools protocol instead).
 */
async function until(page: Page, expression: string, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`never true: ${expression}`);
    await page.waitForTimeout(50);
  }
}
