import type { EntityManager } from 'typeorm';

import { REPORT_DEFINITIONS } from './definitions';
import { casesBehindCell, evaluateReport } from './report-engine';
import { reportPeriod } from './report-periods';

/** A manager that answers nothing and keeps the report statement it was sent. */
function capturing(): { manager: EntityManager; statement: () => string } {
  const sent: string[] = [];
  const manager = {
    query: (sql: string) => {
      sent.push(sql);
      return Promise.resolve([]);
    },
  } as unknown as EntityManager;
  return { manager, statement: () => sent.find((s) => s.trimStart().startsWith('with')) ?? '' };
}

const cte = (sql: string, name: string) => {
  const start = sql.indexOf(`${name} as `);
  return start < 0 ? '' : sql.slice(start, sql.indexOf('\n', sql.indexOf(`) q`, start)));
};

describe('the statement a report runs', () => {
  const definition = REPORT_DEFINITIONS['ovw-lav'];
  const scope = {
    organisationId: '00000000-0000-4000-8000-000000000001',
    period: reportPeriod(definition.calendar, 2026, 2),
    fundingSourceId: null,
  };

  it('materialises only the columns its sections read', async () => {
    const { manager, statement } = capturing();
    await evaluateReport(manager, definition, scope);
    const peopleServed = cte(statement(), 'pop_people_served');
    expect(peopleServed).toMatch(/^pop_people_served as materialized \(select q\.\w+/);
    expect(peopleServed).toContain('q.race');
    expect(peopleServed).toContain('q.victimisations');
    // Counted as facts: no section of the people served reads who they are or their cases.
    expect(peopleServed).not.toMatch(/select[^(]*q\.(person_key|case_ids|item_id|note)\b/);
    // The service status is counted by person (a person turned away twice is two facts).
    expect(cte(statement(), 'pop_service_status')).toMatch(/select[^(]*q\.person_key/);
    expect(statement()).toContain('null::uuid[] as case_ids');
  });

  it('lists each person served with their cases for a drill-down', async () => {
    const { manager, statement } = capturing();
    const section = definition.sections.find((s) => s.id === 'race');
    if (!section) throw new Error('no race section');
    await casesBehindCell(manager, definition, scope, section, 'white', 'all');
    expect(statement()).toContain('array_agg(sc.case_id)');
    expect(statement()).not.toContain('null::uuid[] as case_ids');
  });
});
