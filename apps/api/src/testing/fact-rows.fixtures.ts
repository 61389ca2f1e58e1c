import type { DataSource } from 'typeorm';

import type { SeededCase } from './db-fixtures';

// Test-only: facts inserted straight into the tables (the endpoints that record them are tested
// in their own features), so the views can be tested against exactly the facts they read.

type Case = Pick<SeededCase, 'id' | 'organisationId'>;

async function one(ds: DataSource, sql: string, params: unknown[]): Promise<string> {
  const [row] = (await ds.query(sql, params)) as [{ id: string }];
  return row.id;
}

const COURTS: Record<'JDR' | 'GDC' | 'CIRCUIT' | 'MAGISTRATE', [string, string, string]> = {
  JDR: ['jdr-fairfax', 'JDR', 'Fairfax County'],
  MAGISTRATE: ['magistrate-fairfax', 'MAGISTRATE', 'Fairfax County'],
  GDC: ['gdc-fairfax', 'GDC', 'Fairfax County'],
  CIRCUIT: ['cc-fairfax', 'CIRCUIT', 'Fairfax County'],
};

export function insertOrderRow(
  ds: DataSource,
  c: Case,
  order: {
    kind: string;
    issuedOn: string;
    issuedTime?: string;
    statedExpiryOn?: string;
    court?: 'JDR' | 'GDC' | 'CIRCUIT' | 'MAGISTRATE';
    parentOrderId?: string;
    extensionOf?: string;
    servedOn?: string;
    dissolvedOn?: string;
  },
): Promise<string> {
  const [courtId, courtKind, locality] = COURTS[order.court ?? 'JDR'];
  return one(
    ds,
    `insert into protective_order (organisation_id, case_id, kind, issued_on, issued_time, stated_expiry_on,
       issuing_court_id, issuing_court_kind, issuing_locality, parent_order_id, extension_of, served_on,
       status, dissolved_on)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning id`,
    [
      c.organisationId,
      c.id,
      order.kind,
      order.issuedOn,
      order.issuedTime ?? null,
      order.statedExpiryOn ?? null,
      courtId,
      courtKind,
      locality,
      order.parentOrderId ?? null,
      order.extensionOf ?? null,
      order.servedOn ?? null,
      order.dissolvedOn ? 'dissolved' : order.servedOn ? 'served' : 'granted',
      order.dissolvedOn ?? null,
    ],
  );
}

export function insertPetitionRow(
  ds: DataSource,
  c: Case,
  filedOn: string,
  sought = 'FA_PPO',
): Promise<string> {
  return one(
    ds,
    `insert into petition (organisation_id, case_id, order_kind_sought, filed_on, court_id, court_kind, court_locality)
     values ($1, $2, $3, $4, 'jdr-fairfax', 'JDR', 'Fairfax County') returning id`,
    [c.organisationId, c.id, sought, filedOn],
  );
}

export function insertHearingRow(
  ds: DataSource,
  c: Case,
  hearing: {
    orderId?: string;
    kind?: string;
    scheduledOn: string;
    scheduledTime?: string;
    outcome?: string;
    heldOn?: string;
    continuedFromId?: string;
    continuanceReason?: string;
  },
): Promise<string> {
  return one(
    ds,
    `insert into hearing (organisation_id, case_id, order_id, kind, scheduled_on, scheduled_time, outcome, held_on,
       continued_from_id, continuance_reason)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      c.organisationId,
      c.id,
      hearing.orderId ?? null,
      hearing.kind ?? 'ppo_full_hearing',
      hearing.scheduledOn,
      hearing.scheduledTime ?? null,
      hearing.outcome ?? null,
      hearing.heldOn ?? null,
      hearing.continuedFromId ?? null,
      hearing.continuanceReason ?? null,
    ],
  );
}

export function insertServiceAttemptRow(
  ds: DataSource,
  c: Case,
  attempt: {
    orderId: string;
    attemptedOn: string;
    attemptedTime?: string;
    outcome: string;
    method?: string;
    notesEnc?: string;
  },
): Promise<string> {
  return one(
    ds,
    `insert into service_attempt (organisation_id, case_id, order_id, attempted_on, attempted_time, served_by, method,
       outcome, notes_enc)
     values ($1, $2, $3, $4, $5, 'sheriff', $6, $7, $8) returning id`,
    [
      c.organisationId,
      c.id,
      attempt.orderId,
      attempt.attemptedOn,
      attempt.attemptedTime ?? null,
      attempt.method ?? 'personal',
      attempt.outcome,
      attempt.notesEnc ?? null,
    ],
  );
}

export function insertExtensionMotionRow(
  ds: DataSource,
  c: Case,
  orderId: string,
  filedOn: string,
): Promise<string> {
  return one(
    ds,
    `insert into extension_motion (organisation_id, case_id, order_id, filed_on) values ($1, $2, $3, $4) returning id`,
    [c.organisationId, c.id, orderId, filedOn],
  );
}

export function insertViolationRow(
  ds: DataSource,
  c: Case,
  violation: {
    orderId: string;
    occurredOn: string;
    acts: string[];
    potentialClass: string;
    narrativeEnc?: string;
  },
): Promise<string> {
  return one(
    ds,
    `insert into violation (organisation_id, case_id, order_id, occurred_on, acts, classification, narrative_enc)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      c.organisationId,
      c.id,
      violation.orderId,
      violation.occurredOn,
      violation.acts,
      JSON.stringify({ potentialClass: violation.potentialClass }),
      violation.narrativeEnc ?? null,
    ],
  );
}

export function insertTaskRow(
  ds: DataSource,
  c: Case,
  task: {
    title: string;
    dueOn: string;
    assigneeId?: string | null;
    status?: 'open' | 'done' | 'cancelled';
  },
): Promise<string> {
  const done = task.status === 'done';
  return one(
    ds,
    `insert into task (organisation_id, case_id, title, due_on, assignee_id, status, completed_at)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      c.organisationId,
      c.id,
      task.title,
      task.dueOn,
      task.assigneeId ?? null,
      task.status ?? 'open',
      done ? new Date() : null,
    ],
  );
}

export function insertClosureRow(
  ds: DataSource,
  organisationId: string,
  closure: { closedOn: string; courtIds?: string[] | null },
): Promise<string> {
  return one(
    ds,
    `insert into court_closure (organisation_id, closed_on, court_ids, kind, name, authority)
     values ($1, $2, $3, 'governor_or_president_day', 'Day of mourning', 'Executive Order 77 (2026)') returning id`,
    [organisationId, closure.closedOn, closure.courtIds ?? null],
  );
}

/** The stored deadlines of a case, as compact strings 'RULE kind due_on [act_by_on] state'. */
export async function storedDeadlines(ds: DataSource, caseId: string): Promise<string[]> {
  const rows = (await ds.query(
    `select rule_id, kind, due_on::text as due_on, act_by_on::text as act_by_on, state
       from case_deadline where case_id = $1 order by due_on, rule_id, kind`,
    [caseId],
  )) as Array<{
    rule_id: string;
    kind: string;
    due_on: string;
    act_by_on: string | null;
    state: string;
  }>;
  return rows.map((r) => [r.rule_id, r.kind, r.due_on, r.act_by_on ?? '-', r.state].join(' '));
}
