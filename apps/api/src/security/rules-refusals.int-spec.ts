import request from 'supertest';

import {
  addDays,
  DEFAULT_FOLLOWUP_LEAD_TIMES,
  isCourtDay,
  STATEWIDE_CALENDAR,
  type IsoDate,
  type RulesErrorCode,
} from '@haven/rules';
import { aCaseRequest } from '@haven/testing';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { tableFingerprints } from '@api/testing/db-fixtures';
import { EXAMPLE_1_EPO } from '@api/testing/request-bodies';
import { declaredRoutes } from '@api/testing/route-catalogue';
import { TENANT_TABLES } from '@api/testing/tenant-tables';
import { createTestApp, type TestApp } from '@api/testing/test-app';

/**
 * Every route that changes a fact of a case, sent an input the rules library refuses: each answers
 * the one way, 400 naming the request's own field with the rule's citation, and stores nothing.
 * The rows are checked against the running app, so a new write route fails this spec until it has
 * a row here, or a line in CHANGES_NO_CASE_FACT saying why it needs none.
 *
 * Where the API's own checks refuse every input the rules would refuse (or the route gives the
 * rules nothing new to refuse), the row says so and asserts the route's own answer instead.
 *
 * Every write recomputes the whole case, so one refusal can reach any route whatever its input: a
 * case closed while the calendar changed (a closure change recomputes open cases only) is refused
 * on its next write, naming that route's default field. The reopen row shows it; it is about the
 * stored facts, not the request, so it is not repeated for each route.
 */

const CAST = castOf('advocate', 'supervisor', 'admin');
type Who = keyof typeof CAST;

/** The write routes that change no fact the rules read, and so never recompute a case. */
const CHANGES_NO_CASE_FACT: Readonly<Record<string, string>> = {
  'POST /api/auth/login': 'opens a session',
  'POST /api/auth/logout': 'ends a session',
  'POST /api/cases/conflict-check': 'searches the parties for a conflict and stores nothing',
  'POST /api/cases/:caseId/close':
    "ends the organisation's work on the case; the rules never read that, so nothing is recomputed (reopening is, below)",
  'PUT /api/cases/:caseId/advocates': 'says who works the case, not what happened in it',
  'POST /api/cases/:caseId/notes': 'a case note is not a fact the rules read',
  'POST /api/cases/:caseId/notes/:noteId/reveal':
    'a reveal reads a note, writing only its audit row',
  'POST /api/cases/:caseId/reveal': 'reads confidential fields (audited) and changes nothing',
  'POST /api/cases/:caseId/service-attempts/:attemptId/notes/reveal':
    "reads an attempt's sealed notes (audited) and changes nothing",
  'POST /api/tasks/:taskId/complete': "a task is the organisation's work, not a fact of the case",
  'PUT /api/tasks/:taskId/assignee': "a task is the organisation's work, not a fact of the case",
  'POST /api/users': 'users are not case facts',
  'PATCH /api/users/:userId': 'users are not case facts',
  'POST /api/users/:userId/mfa/reset': 'users are not case facts',
  'POST /api/users/:userId/unlock': 'users are not case facts',
  'PUT /api/users/mfa-policy': 'users are not case facts',
  'POST /api/auth/mfa/enrolment': "a user's second factor is not a case fact",
  'POST /api/auth/mfa/enrolment/confirm': "a user's second factor is not a case fact",
  'POST /api/auth/mfa/verify': 'completes a sign-in',
  'POST /api/auth/password': "a user's password is not a case fact",
  'POST /api/auth/step-up': 'confirms the password again for a sensitive action',
  'POST /api/admin/audit/verify': 'checks the audit chain, reading no case fact and changing none',
  'PATCH /api/cases/:caseId/client':
    "corrects who the client is; the rules read no party detail (the facts they read are the intake's, corrected by PATCH intake), so the recompute it runs has nothing new to refuse",
  'PATCH /api/cases/:caseId/respondent':
    'corrects who the respondent is; the rules read no party detail, so the recompute it runs has nothing new to refuse (a move is POST respondent-moves, above)',
  'PUT /api/cases/:caseId/legal-hold':
    'keeps a closed case from deletion under the retention policy; the rules never read it',
  'DELETE /api/cases/:caseId/legal-hold':
    'lifts a hold on deletion under the retention policy; the rules never read it',
  'PUT /api/settings/retention': 'how long closed cases are kept; the rules never read it',
  'POST /api/calendar-feeds': "a user's calendar feed reads the case dates and changes none",
  'DELETE /api/calendar-feeds/:feedId':
    "a user's calendar feed reads the case dates and changes none",
  'POST /api/exports': 'writes a file of case data and changes none',
  'PUT /api/cases/:caseId/safe-contact': 'how the client may be contacted; the rules never read it',
  'POST /api/cases/:caseId/safe-contact/reveal':
    'reads the sealed safe address and note (audited) and changes nothing',
  'POST /api/cases/:caseId/documents/extension-motion':
    'drafts the motion from the deadlines the rules computed and changes no fact',
  'POST /api/cases/:caseId/documents/medical-notice':
    'drafts the notice from the deadlines the rules computed and changes no fact',
  'POST /api/cases/:caseId/documents/client-letter':
    'writes a letter from the dates the rules computed, after the safe-contact check, and changes no fact',
  'POST /api/document-templates/:key':
    "an organisation's wording for its documents; the rules never read it",
  'POST /api/cases/:caseId/activities':
    'a service activity is reported to funders; the rules never read it',
  'PUT /api/cases/:caseId/report-facts': "funders' reporting facts; the rules never read them",
  'POST /api/funding-sources': "a funder is the organisation's, not a fact of a case",
  'PUT /api/funding-sources/:fundingSourceId':
    "a funder is the organisation's, not a fact of a case",
  'PUT /api/reports/settings': 'how funder reports are drawn up; the rules never read it',
  'POST /api/intake-declines':
    'records a person the organisation could not take on; no case is opened',
  'POST /api/courts':
    'adds to the court directory intake offers; petitions and orders keep the court id and kind they were entered with, so no case is recomputed',
  'PATCH /api/courts/:courtId':
    'edits the court directory (name, address, phone); petitions and orders keep the court id and kind they were entered with, so no case is recomputed',
  'PATCH /api/courts/localities/:localityId':
    "edits which courts serve a locality, which intake offers; a case's petitions and orders keep the court they were entered with, so no case is recomputed",
};

/** Every table a refused request could write to (user_session aside: each request touches it). */
const TABLES = ['organisation', 'audit_event', ...TENANT_TABLES, 'followup_settings'];

/** A family-abuse final order of a Fairfax JDR court. */
function aFinalOrder(issuedOn: string, extra: Record<string, unknown> = {}) {
  return {
    kind: 'FA_PO',
    issuedOn,
    issuingCourtId: 'jdr-fairfax',
    issuingCourtKind: 'JDR',
    issuingLocality: 'Fairfax County',
    ...extra,
  };
}

/** A petition filed with the Fairfax JDR court. */
function aPetition(orderKindSought: string, filedOn: string) {
  return {
    orderKindSought,
    filedOn,
    courtId: 'jdr-fairfax',
    courtKind: 'JDR',
    courtLocality: 'Fairfax County',
  };
}

/** A family-abuse EPO of Mon 30 Nov 2026; its third day, Thu 3 Dec, is a court day. */
const EPO_OF_30_NOVEMBER = {
  ...EXAMPLE_1_EPO,
  issuedOn: '2026-11-30',
  issuedTime: '10:00',
};

/** The request a row sends once its case is set up. */
interface Sent {
  as: Who;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: object;
}

/** The rules library refused the input: 400, the request's field, the rule's citation. */
interface RefusedByTheRules {
  by: 'rules';
  error: RulesErrorCode;
  field: string;
  /** The citation the message carries; null only where no statute decides, with `uncited`. */
  citation: string | null;
  /** Why this refusal has no citation, and the rules' words the message carries instead. */
  uncited?: { why: string; says: string };
}

/** A documented exception: the route's own answer, and why the rules' refusal is not reachable. */
interface AnsweredByTheApi {
  by: 'api';
  why: string;
  status: number;
  error: string;
  /** The field the answer names; null where it names none. */
  field: string | null;
}

interface Row {
  /** The route as the app declares it ('POST /api/cases/:caseId/orders'). */
  route: string;
  /** The input, in words. */
  input: string;
  /** Sets the case up through the API and says what to send. */
  arrange(s: Scene): Promise<Sent>;
  answer: RefusedByTheRules | AnsweredByTheApi;
}

const CLOSURE_CONFLICT = {
  by: 'api',
  why:
    'A closure changes the calendar of every open case at once; admins, who enter closures, see no ' +
    'case data, so a case the new calendar refuses answers 409 CLOSURE_CONFLICTS_WITH_CASE, naming ' +
    'neither case nor field, by design.',
  status: 409,
  error: 'CLOSURE_CONFLICTS_WITH_CASE',
  field: null,
} as const;

const CALENDAR_GUARD = {
  why:
    'The guard against a year of consecutive closed days protects the calendar data; it is not a ' +
    'statute, so it cites none.',
  says: 'No court day within 366 days',
};

const ROWS: Row[] = [
  {
    route: 'POST /api/cases',
    input: 'a former cohabitant without the day cohabitation ended (eligibility, R15)',
    arrange: async () => ({
      as: 'advocate',
      method: 'POST',
      path: '/api/cases',
      body: aCaseRequest({
        intake: {
          relationship: 'former_cohabitant',
          livesWithRespondent: false,
          lastActOfAbuseOn: '2026-11-20',
        },
      }),
    }),
    // A new case has no order, petition or hearing yet, so computing its deadlines refuses nothing;
    // the rules' eligibility test is what refuses an intake.
    answer: {
      by: 'rules',
      error: 'INVALID_INPUT',
      field: 'intake.cohabitationEndedOn',
      citation: 'Va. Code § 16.1-228',
    },
  },
  {
    route: 'POST /api/cases/:caseId/orders',
    input: 'an EPO of Mon 23 Nov 2026 21:40 stating Tue 1 Dec, a day past its maximum, no override',
    arrange: async (s) => {
      const caseId = await s.openCase();
      return s.post('advocate', `/cases/${caseId}/orders`, {
        ...EXAMPLE_1_EPO,
        statedExpiryOn: '2026-12-01',
      });
    },
    answer: {
      by: 'rules',
      error: 'STATED_EXPIRY_EXCEEDS_MAXIMUM',
      field: 'statedExpiryOn',
      citation: 'Va. Code § 16.1-253.4',
    },
  },
  {
    route: 'PATCH /api/cases/:caseId/orders/:orderId',
    input: 'that EPO corrected to state Tue 1 Dec, a day past its maximum, no override',
    arrange: async (s) => {
      const caseId = await s.openCase();
      const orderId = await s.created('advocate', `/cases/${caseId}/orders`, EXAMPLE_1_EPO);
      return s.patch('advocate', `/cases/${caseId}/orders/${orderId}`, {
        statedExpiryOn: '2026-12-01',
        reason: 'The clerk read the expiry off the wrong line.',
      });
    },
    answer: {
      by: 'rules',
      error: 'STATED_EXPIRY_EXCEEDS_MAXIMUM',
      field: 'statedExpiryOn',
      citation: 'Va. Code § 16.1-253.4',
    },
  },
  {
    route: 'PATCH /api/cases/:caseId/intake',
    input: 'the relationship corrected to a former cohabitant without the day cohabitation ended',
    arrange: async (s) => {
      const caseId = await s.openCase();
      return s.patch('advocate', `/cases/${caseId}/intake`, {
        relationship: 'former_cohabitant',
        livesWithRespondent: false,
        reason: 'The client corrected the relationship at her second meeting.',
      });
    },
    answer: {
      by: 'rules',
      error: 'INVALID_INPUT',
      field: 'cohabitationEndedOn',
      citation: 'Va. Code § 16.1-228',
    },
  },
  {
    route: 'PATCH /api/cases/:caseId/petitions/:petitionId',
    input:
      "a petition's filing day corrected to Tue 1 Dec 2026, whose R06 hearing target falls in a year of closed days",
    arrange: async (s) => {
      const caseId = await s.openCase();
      const petitionId = await s.created(
        'advocate',
        `/cases/${caseId}/petitions`,
        aPetition('FA_PPO', '2026-11-23'),
      );
      await s.closeEveryCourtDay('2026-12-14', '2027-12-20');
      return s.patch('advocate', `/cases/${caseId}/petitions/${petitionId}`, {
        filedOn: '2026-12-01',
        reason: 'The clerk stamped the petition a week later than we wrote.',
      });
    },
    answer: {
      by: 'rules',
      error: 'INVALID_INPUT',
      field: 'filedOn',
      citation: null,
      uncited: CALENDAR_GUARD,
    },
  },
  {
    route: 'POST /api/cases/:caseId/orders/:orderId/extensions',
    input: 'an incapacity extension of that EPO stating Thu 10 Dec, a week past its maximum',
    arrange: async (s) => {
      const caseId = await s.openCase();
      const orderId = await s.created('advocate', `/cases/${caseId}/orders`, EXAMPLE_1_EPO);
      return s.post('advocate', `/cases/${caseId}/orders/${orderId}/extensions`, {
        kind: 'incapacity',
        grantedOn: '2026-11-30',
        statedExpiryOn: '2026-12-10',
      });
    },
    answer: {
      by: 'rules',
      error: 'STATED_EXPIRY_EXCEEDS_MAXIMUM',
      field: 'statedExpiryOn',
      citation: 'Va. Code § 16.1-253.4',
    },
  },
  {
    route: 'POST /api/cases/:caseId/orders/:orderId/extension-motions',
    input: 'a motion to extend filed an hour before the order was issued',
    arrange: async (s) => {
      const caseId = await s.openCase();
      const orderId = await s.created(
        'advocate',
        `/cases/${caseId}/orders`,
        aFinalOrder('2024-12-10', { issuedTime: '10:00' }),
      );
      return s.post('advocate', `/cases/${caseId}/orders/${orderId}/extension-motions`, {
        filedOn: '2024-12-10',
        filedTime: '09:00',
      });
    },
    answer: {
      by: 'api',
      why:
        "The rules' one check on a filed motion, not before the order's issue (by date, and by time " +
        "when both are known), is the API's own MOTION_BEFORE_ISSUANCE, made first; otherwise the " +
        'rules judge a motion timely or not, they never refuse it.',
      status: 400,
      error: 'MOTION_BEFORE_ISSUANCE',
      field: 'filedOn',
    },
  },
  {
    route: 'POST /api/cases/:caseId/orders/:orderId/extension-motions/:motionId/grant',
    input: 'a final order extended on Tue 1 Dec 2026 stating 1 Dec 2036, far past any maximum',
    arrange: async (s) => {
      const { caseId, orderId, motionId } = await s.pendingMotion();
      return s.post(
        'advocate',
        `/cases/${caseId}/orders/${orderId}/extension-motions/${motionId}/grant`,
        { issuedOn: '2026-12-01', statedExpiryOn: '2036-12-01' },
      );
    },
    answer: {
      by: 'rules',
      error: 'STATED_EXPIRY_EXCEEDS_MAXIMUM',
      field: 'statedExpiryOn',
      citation: 'Va. Code § 16.1-279.1(B)',
    },
  },
  {
    route: 'POST /api/cases/:caseId/orders/:orderId/extension-motions/:motionId/deny',
    input: 'a denial dated the day before the motion was filed',
    arrange: async (s) => {
      const { caseId, orderId, motionId } = await s.pendingMotion();
      return s.post(
        'advocate',
        `/cases/${caseId}/orders/${orderId}/extension-motions/${motionId}/deny`,
        { deniedOn: '2026-11-29' },
      );
    },
    answer: {
      by: 'api',
      why:
        "A denial gives the rules nothing new: they read a motion's filing, not its outcome " +
        '(case-facts.mapper.ts), so they cannot refuse one.',
      status: 400,
      error: 'DECIDED_BEFORE_FILING',
      field: 'deniedOn',
    },
  },
  {
    route: 'POST /api/cases/:caseId/orders/:orderId/dissolve',
    input: 'a dissolution dated the day before the order was issued',
    arrange: async (s) => {
      const caseId = await s.openCase();
      const orderId = await s.created('advocate', `/cases/${caseId}/orders`, EXAMPLE_1_EPO);
      return s.post('advocate', `/cases/${caseId}/orders/${orderId}/dissolve`, {
        dissolvedOn: '2026-11-22',
      });
    },
    answer: {
      by: 'api',
      why:
        "The rules' one check on a dissolution, not before the order's issue date (it has no time), " +
        "is the API's own DISSOLVED_BEFORE_ISSUANCE, made first; a dissolution only ends dates.",
      status: 400,
      error: 'DISSOLVED_BEFORE_ISSUANCE',
      field: 'dissolvedOn',
    },
  },
  {
    route: 'POST /api/cases/:caseId/hearings',
    input: 'a PPO hearing on Thu 10 Mar 1966 in a case with medical evidence',
    arrange: async (s) => {
      const caseId = await s.openCase({ hasMedicalEvidence: true });
      await s.created('advocate', `/cases/${caseId}/petitions`, aPetition('FA_PPO', '1966-03-02'));
      return s.post('advocate', `/cases/${caseId}/hearings`, {
        kind: 'ppo_full_hearing',
        scheduledOn: '1966-03-10',
      });
    },
    // R13's notice is due 24 elapsed hours before the hearing, an instant, and New York's clocks
    // before the Uniform Time Act (1967) were local.
    answer: {
      by: 'rules',
      error: 'OUTSIDE_CALENDAR_RANGE',
      field: 'scheduledOn',
      citation: null,
      uncited: {
        why: 'The years the rules can place an instant in are a limit of the calendar, not a statute.',
        says: 'Instants are supported for 1967..2200 only',
      },
    },
  },
  {
    route: 'POST /api/cases/:caseId/hearings/:hearingId/continuance',
    input:
      'a trial continued to Mon 20 Jan 2031, when the year before its R13 notice day is closed',
    arrange: async (s) => {
      const { caseId, hearingId } = await s.trialWithMedicalEvidence('2026-12-10');
      await s.closeEveryCourtDay('2030-01-01', '2031-01-10');
      return s.post('advocate', `/cases/${caseId}/hearings/${hearingId}/continuance`, {
        scheduledOn: '2031-01-20',
        reason: "The court granted the respondent's motion to continue.",
      });
    },
    answer: {
      by: 'rules',
      error: 'INVALID_INPUT',
      field: 'scheduledOn',
      citation: null,
      uncited: CALENDAR_GUARD,
    },
  },
  {
    route: 'POST /api/cases/:caseId/hearings/:hearingId/outcome',
    input: 'an outcome held the day before the hearing was set for',
    arrange: async (s) => {
      const caseId = await s.openCase();
      await s.created('advocate', `/cases/${caseId}/petitions`, aPetition('FA_PPO', '2026-11-20'));
      const hearingId = await s.created('advocate', `/cases/${caseId}/hearings`, {
        kind: 'ppo_full_hearing',
        scheduledOn: '2026-11-25',
      });
      return s.post('advocate', `/cases/${caseId}/hearings/${hearingId}/outcome`, {
        outcome: 'granted',
        heldOn: '2026-11-24',
      });
    },
    answer: {
      by: 'api',
      why:
        "The rules check only that a held hearing was scheduled, which the API's own row always " +
        'was; an outcome adds no date the rules compute from, it ends the dates of a hearing.',
      status: 400,
      error: 'HEARING_HELD_BEFORE_SCHEDULED',
      field: 'heldOn',
    },
  },
  {
    route: 'POST /api/cases/:caseId/petitions',
    input: 'a petition of Tue 1 Dec 2026 whose R06 hearing target falls in a year of closed days',
    arrange: async (s) => {
      const caseId = await s.openCase();
      await s.closeEveryCourtDay('2026-12-14', '2027-12-20');
      return s.post('advocate', `/cases/${caseId}/petitions`, aPetition('FA_PPO', '2026-12-01'));
    },
    answer: {
      by: 'rules',
      error: 'INVALID_INPUT',
      field: 'filedOn',
      citation: null,
      uncited: CALENDAR_GUARD,
    },
  },
  {
    route: 'POST /api/cases/:caseId/reopen',
    input:
      'a case closed with an EPO stating Fri 4 Dec (its maximum while Thu 3 Dec was closed), ' +
      'reopened after that closure was deleted',
    arrange: async (s) => {
      const closureId = await s.closure('2026-12-03');
      const caseId = await s.openCase();
      await s.created('advocate', `/cases/${caseId}/orders`, {
        ...EPO_OF_30_NOVEMBER,
        statedExpiryOn: '2026-12-04',
      });
      await s.ok('advocate', 'POST', `/api/cases/${caseId}/close`, {
        closedOn: '2026-12-01',
        lscClosingCode: 'A',
      });
      // Changing the calendar recomputes open cases only: this one is left as it was.
      await s.ok('admin', 'DELETE', `/api/court-closures/${closureId}`);
      return s.post('advocate', `/cases/${caseId}/reopen`, {});
    },
    // The request has no body: the refusal names the case the path names.
    answer: {
      by: 'rules',
      error: 'STATED_EXPIRY_EXCEEDS_MAXIMUM',
      field: 'caseId',
      citation: 'Va. Code § 16.1-253.4',
    },
  },
  {
    route: 'POST /api/cases/:caseId/service-attempts',
    input: 'personal service at 21:00 on the day of an EPO issued at 21:40',
    arrange: async (s) => {
      const caseId = await s.openCase();
      const orderId = await s.created('advocate', `/cases/${caseId}/orders`, EXAMPLE_1_EPO);
      return s.post('advocate', `/cases/${caseId}/service-attempts`, {
        orderId,
        attemptedOn: '2026-11-23',
        attemptedTime: '21:00',
        servedBy: 'sheriff',
        method: 'personal',
        outcome: 'served',
      });
    },
    answer: {
      by: 'api',
      why:
        "The rules' one check on a service or an attempt, not before the order's issue (by date, and " +
        "by time when both are known), is the API's own SERVICE_BEFORE_ISSUANCE, made first; " +
        'service only ends the follow-ups that wait for it.',
      status: 400,
      error: 'SERVICE_BEFORE_ISSUANCE',
      field: 'attemptedTime',
    },
  },
  {
    route: 'POST /api/cases/:caseId/violations',
    input: 'a violation the day before the order was issued',
    arrange: async (s) => {
      const caseId = await s.openCase();
      const orderId = await s.created('advocate', `/cases/${caseId}/orders`, EXAMPLE_1_EPO);
      return s.post('advocate', `/cases/${caseId}/violations`, {
        orderId,
        occurredOn: '2026-11-22',
        acts: ['contact'],
        basedOnViolence: false,
      });
    },
    answer: {
      by: 'api',
      why:
        'The rules classify a violation (R18–R21) and refuse none whose shape the DTO accepts: no ' +
        "date of a violation enters a deadline. The API's own check is asserted.",
      status: 400,
      error: 'VIOLATION_BEFORE_ISSUANCE',
      field: 'occurredOn',
    },
  },
  {
    route: 'POST /api/cases/:caseId/respondent-moves',
    input: "a respondent's move whose notice the court received the day before the move",
    arrange: async (s) => {
      const caseId = await s.openCase();
      await s.created('advocate', `/cases/${caseId}/orders`, EXAMPLE_1_EPO);
      return s.post('advocate', `/cases/${caseId}/respondent-moves`, {
        movedOn: '2026-11-30',
        noticeReceivedOn: '2026-11-29',
      });
    },
    answer: {
      by: 'api',
      why:
        'R26a counts 7 calendar days from the move, not rolled, so no move date the DTO accepts ' +
        "leaves the rules' range; the rules' one check (notice before the move) is the API's own " +
        'NOTICE_BEFORE_MOVE, made first.',
      status: 400,
      error: 'NOTICE_BEFORE_MOVE',
      field: 'noticeReceivedOn',
    },
  },
  {
    route: 'POST /api/court-closures',
    input: "the last open court day of a year of closures, before an open case's R13 notice day",
    arrange: async (s) => {
      const gap = courtDaysBetween('2030-06-03', '2030-06-30')[0]!;
      await s.closeEveryCourtDay('2030-01-01', '2031-01-10', gap);
      await s.trialWithMedicalEvidence('2031-01-20');
      return s.closureRequest(gap);
    },
    // Adding a closure only moves rolled dates later, so it can widen a statutory maximum but never
    // narrow one: the one refusal it can meet is the calendar guard.
    answer: CLOSURE_CONFLICT,
  },
  {
    route: 'DELETE /api/court-closures/:closureId',
    input: "deleting Thu 3 Dec 2026 under an open case's EPO stating Fri 4 Dec",
    arrange: async (s) => {
      const closureId = await s.closure('2026-12-03');
      const caseId = await s.openCase();
      await s.created('advocate', `/cases/${caseId}/orders`, {
        ...EPO_OF_30_NOVEMBER,
        statedExpiryOn: '2026-12-04',
      });
      return { as: 'admin', method: 'DELETE', path: `/api/court-closures/${closureId}` };
    },
    answer: CLOSURE_CONFLICT,
  },
  {
    route: 'PUT /api/settings/followups',
    input: 'talking to the client 365 days before the expiry of a final order of 1 Jun 1965',
    arrange: async (s) => {
      const caseId = await s.openCase();
      await s.created('advocate', `/cases/${caseId}/orders`, aFinalOrder('1965-06-01'));
      return {
        as: 'supervisor',
        method: 'PUT',
        path: '/api/settings/followups',
        body: { ...DEFAULT_FOLLOWUP_LEAD_TIMES, talkToClientDaysBeforeExpiry: 365 },
      };
    },
    // Lead times are no input of the deadline computation, so that cannot refuse them; but they
    // move follow-ups, and a follow-up on 1 Jun 1966 has no New York time the rules know.
    answer: {
      by: 'rules',
      error: 'OUTSIDE_CALENDAR_RANGE',
      field: 'talkToClientDaysBeforeExpiry',
      citation: null,
      uncited: {
        why: 'The years the rules can place an instant in are a limit of the calendar, not a statute.',
        says: 'Instants are supported for 1967..2200 only',
      },
    },
  },
];

/** The court days of [from, to] on the statewide calendar, weekends and legal holidays aside. */
function courtDaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from as IsoDate; d <= to; d = addDays(d, 1)) {
    if (isCourtDay(d, STATEWIDE_CALENDAR)) days.push(d);
  }
  return days;
}

/** Sets a row's case up through the API, as the users a case involves. */
class Scene {
  constructor(
    private readonly t: TestApp,
    private readonly cast: Cast<typeof CAST>,
  ) {}

  async send(sent: Sent): Promise<request.Response> {
    const http = request(this.t.app.getHttpServer());
    const cookie = await this.cast.cookieOf(sent.as);
    const req =
      sent.method === 'POST'
        ? http.post(sent.path)
        : sent.method === 'PUT'
          ? http.put(sent.path)
          : sent.method === 'PATCH'
            ? http.patch(sent.path)
            : http.delete(sent.path);
    return req.set('Cookie', cookie).send(sent.body ?? {});
  }

  /** Sends a setup request that must succeed, and returns its body. */
  async ok(
    as: Who,
    method: Sent['method'],
    path: string,
    body?: object,
  ): Promise<Record<string, unknown>> {
    const res = await this.send({ as, method, path, body });
    if (res.status >= 300) {
      throw new Error(`setup ${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body as Record<string, unknown>;
  }

  /** POSTs a setup record under /api and returns its id. */
  async created(as: Who, path: string, body: object): Promise<string> {
    return (await this.ok(as, 'POST', `/api${path}`, body))['id'] as string;
  }

  post(as: Who, path: string, body: object): Sent {
    return { as, method: 'POST', path: `/api${path}`, body };
  }

  patch(as: Who, path: string, body: object): Sent {
    return { as, method: 'PATCH', path: `/api${path}`, body };
  }

  /** Opens a case through intake as the advocate, who is then assigned to it. */
  async openCase(intake: Record<string, unknown> = {}): Promise<string> {
    return this.created(
      'advocate',
      '/cases',
      aCaseRequest({
        intake: {
          relationship: 'spouse',
          livesWithRespondent: true,
          lastActOfAbuseOn: '2026-11-20',
          ...intake,
        },
      }),
    );
  }

  /** A final order of Tue 10 Dec 2024 (it expires on 10 Dec 2026) with a motion filed on 30 Nov. */
  async pendingMotion(): Promise<{ caseId: string; orderId: string; motionId: string }> {
    const caseId = await this.openCase();
    const orderId = await this.created(
      'advocate',
      `/cases/${caseId}/orders`,
      aFinalOrder('2024-12-10'),
    );
    const motionId = await this.created(
      'advocate',
      `/cases/${caseId}/orders/${orderId}/extension-motions`,
      { filedOn: '2026-11-30' },
    );
    return { caseId, orderId, motionId };
  }

  /** A final trial on `on` of a family-abuse petition in a case with medical evidence (R13). */
  async trialWithMedicalEvidence(on: string): Promise<{ caseId: string; hearingId: string }> {
    const caseId = await this.openCase({ hasMedicalEvidence: true });
    await this.created('advocate', `/cases/${caseId}/petitions`, aPetition('FA_PO', '2026-11-20'));
    const hearingId = await this.created('advocate', `/cases/${caseId}/hearings`, {
      kind: 'final_trial',
      scheduledOn: on,
    });
    return { caseId, hearingId };
  }

  closureRequest(closedOn: string): Sent {
    return {
      as: 'admin',
      method: 'POST',
      path: '/api/court-closures',
      body: {
        closedOn,
        allDay: true,
        kind: 'court_closure',
        name: 'Courthouse closed',
        authority: "Chief judge's order",
      },
    };
  }

  /** A statewide closure entered by the admin; returns its id. */
  async closure(closedOn: string): Promise<string> {
    const sent = this.closureRequest(closedOn);
    const body = await this.ok(sent.as, sent.method, sent.path, sent.body);
    return (body['closure'] as { id: string }).id;
  }

  /**
   * Closes every court day of [from, to] statewide but `except`. The ~250 rows are inserted
   * directly: entering them one by one through the admin route would test nothing more, and no
   * case has a date among them when they are inserted.
   */
  async closeEveryCourtDay(from: string, to: string, except?: string): Promise<void> {
    const days = courtDaysBetween(from, to).filter((d) => d !== except);
    await this.t.dataSource.query(
      `insert into court_closure (organisation_id, closed_on, all_day, kind, name, authority)
       select $1, d, true, 'court_closure', 'Courthouse closed', 'Chief judge''s order'
         from unnest($2::date[]) d`,
      [this.cast.orgId, days],
    );
  }
}

/** Whether a sent request is one of the route's, e.g. '/api/cases/1/orders' of ':caseId/orders'. */
function isOf(route: string, sent: Sent): boolean {
  const [method, pattern] = route.split(' ') as [string, string];
  const path = new RegExp(`^${pattern.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
  return method === sent.method && path.test(sent.path);
}

describe('every fact-changing route answers a rules refusal one way (real PostgreSQL)', () => {
  let t: TestApp;
  let scene: Scene;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(new Date('2026-12-01T15:00:00Z'));
    const cast = await seedCast(t, CAST);
    // Signed in before the fingerprints are taken: a sign-in writes its own audit row.
    await cast.signInAll();
    scene = new Scene(t, cast);
  });

  it('has a row for every write route that changes a case fact, and says why each other one changes none', () => {
    const writes = declaredRoutes(t.app)
      .filter((r) => r.method !== 'GET')
      .map((r) => r.key);
    const rows = ROWS.map((r) => r.route);
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows.filter((r) => r in CHANGES_NO_CASE_FACT)).toEqual([]);
    expect([...rows, ...Object.keys(CHANGES_NO_CASE_FACT)].sort()).toEqual([...writes].sort());
  });

  it.each(ROWS)('$route: $input', async (row) => {
    const sent = await row.arrange(scene);
    expect(isOf(row.route, sent)).toBe(true);
    const before = await tableFingerprints(t.dataSource, TABLES);

    const res = await scene.send(sent);

    const { answer } = row;
    if (answer.by === 'rules') {
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: answer.error,
        message: expect.any(String),
        requestId: expect.any(String),
        fields: [{ field: answer.field, message: res.body.message }],
      });
      if (answer.citation === null) {
        // Only a refusal no statute decides may go without a citation, and it says so.
        expect(answer.uncited?.why).toEqual(expect.any(String));
        expect(res.body.message).toContain(answer.uncited?.says);
      } else {
        expect(res.body.message).toContain(answer.citation);
      }
    } else {
      expect(answer.why.length).toBeGreaterThan(0);
      expect(res.status).toBe(answer.status);
      expect(res.body).toEqual({
        error: answer.error,
        message: expect.any(String),
        requestId: expect.any(String),
        ...(answer.field === null
          ? {}
          : { fields: [{ field: answer.field, message: res.body.message }] }),
      });
    }
    expect(await tableFingerprints(t.dataSource, TABLES)).toEqual(before);
  });

  it('answers a refusal met planning the follow-ups as one met computing the deadlines, not 500', async () => {
    // A final order of Thu 2 Mar 1950: its deadlines compute, but its follow-ups fall in years
    // before 1967, which have no New York time the rules know.
    const caseId = await scene.openCase();
    const before = await tableFingerprints(t.dataSource, TABLES);

    const res = await scene.send(
      scene.post('advocate', `/cases/${caseId}/orders`, aFinalOrder('1950-03-02')),
    );

    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: 'OUTSIDE_CALENDAR_RANGE',
      message: expect.stringContaining('Instants are supported for 1967..2200 only'),
      requestId: expect.any(String),
      fields: [{ field: 'issuedOn', message: res.body.message }],
    });
    expect(await tableFingerprints(t.dataSource, TABLES)).toEqual(before);
  });
});
