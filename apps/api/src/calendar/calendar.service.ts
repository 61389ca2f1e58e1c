import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { CalendarItem, CalendarItemKind, CalendarResponse } from '@haven/contracts';
import { addDays } from '@haven/rules';

import type { Actor } from '@api/common/actor';
import { DomainError } from '@api/common/errors/domain-error';
import { UsersRepository } from '@api/users/users.repository';

import { CalendarRepository } from './calendar.repository';
import type { CalendarQueryDto } from './dto/calendar.query';

const MAX_DAYS = 92;
/**
 * The most entries one answer carries (about 0.7 MB). An advocate's month at 100,000 cases is about
 * 1,600 (issue 18); an organisation's is about 77,000, which no screen can show, so a supervisor's
 * month stops here and says so instead of sending 25 MB.
 */
export const CALENDAR_MAX_ITEMS = 2000;

const DEADLINE_TITLES: Record<string, string> = {
  order_expiry: 'Order expires',
  max_expiry: 'Latest expiry the law allows',
  hearing_by: 'Hearing must be held by',
  file_by: 'Last day to file',
  notice_by: 'Notice due',
  next_friend_file_by: 'Next friend must file by',
  advisory_target: 'Target date (advisory)',
  service_follow_up: 'Service follow-up',
};

const HEARING_TITLES: Record<string, string> = {
  ppo_full_hearing: 'Full hearing on the preliminary order',
  final_trial: 'Final hearing',
  extension: 'Hearing on the motion to extend',
  sro_final: 'Substantial risk order hearing',
};

function calendarKind(deadlineKind: string): CalendarItemKind {
  if (deadlineKind === 'order_expiry') return 'order_expiry';
  if (deadlineKind === 'file_by' || deadlineKind === 'next_friend_file_by') return 'file_by';
  return 'deadline';
}

/**
 * Whose assigned cases the calendar walks: an advocate's own, always; for anyone else the person
 * they chose, or nobody's (the organisation's open cases).
 */
function whoseCases(actor: Actor, chosen: string | undefined): string | null {
  if (actor.role !== 'advocate') return chosen ?? null;
  if (chosen !== undefined && chosen !== actor.userId) {
    throw new DomainError(
      'CALENDAR_NOT_YOURS',
      'forbidden',
      "An advocate's calendar shows their own cases only.",
      'advocateId',
    );
  }
  return actor.userId;
}

/** The calendar of hearings, expiries and filing deadlines, for the cases the caller may see. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: CalendarRepository,
    private readonly users: UsersRepository,
  ) {}

  async range(actor: Actor, query: CalendarQueryDto): Promise<CalendarResponse> {
    if (query.to < query.from) {
      throw new DomainError('INVALID_RANGE', 'invalid', 'must not be before from', 'to');
    }
    if (query.to > addDays(query.from, MAX_DAYS)) {
      throw new DomainError(
        'RANGE_TOO_LONG',
        'invalid',
        `must be at most ${MAX_DAYS} days after from`,
        'to',
      );
    }
    const advocateId = whoseCases(actor, query.advocateId);
    const org = actor.organisationId;
    // One more than fits from each, so the merged list knows whether anything was left out.
    const limit = CALENDAR_MAX_ITEMS + 1;
    const { from, to } = query;
    // One snapshot and one transaction: the tenant setting travels with START TRANSACTION, so the
    // two reads cost four statements rather than six (issue 18).
    const { deadlines, hearings } = await this.dataSource.transaction(
      'REPEATABLE READ',
      async (manager) => {
        // A chosen person must be the organisation's: an unknown id is a mistake to report, not
        // an empty month that looks like a free one.
        if (
          advocateId !== null &&
          actor.role !== 'advocate' &&
          !(await this.users.isOfOrganisation(manager, org, advocateId))
        ) {
          throw new DomainError(
            'ADVOCATE_NOT_FOUND',
            'invalid',
            'must be a person of your organisation',
            'advocateId',
          );
        }
        return {
          deadlines: await this.calendar.findDeadlines(manager, org, from, to, advocateId, limit),
          hearings: await this.calendar.findHearings(manager, org, from, to, advocateId, limit),
        };
      },
    );
    const items: CalendarItem[] = [
      ...deadlines.map((d): CalendarItem => ({
        id: d.id,
        date: d.dueOn,
        time: d.dueTime,
        kind: calendarKind(d.kind),
        caseId: d.caseId,
        caseReference: d.reference,
        title: DEADLINE_TITLES[d.kind] ?? 'Deadline',
        ruleId: d.ruleId,
        citation: d.citation,
        explanation: d.explanation,
      })),
      ...hearings.map((h): CalendarItem => ({
        id: h.id,
        date: h.scheduledOn,
        time: h.scheduledTime,
        kind: 'hearing',
        caseId: h.caseId,
        caseReference: h.reference,
        title: HEARING_TITLES[h.kind] ?? 'Hearing',
        ruleId: null,
        citation: null,
        explanation: null,
      })),
    ];
    // By day, then timed entries first in time order (a timed 09:30 hearing before an all-day expiry).
    items.sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (a.time ?? '99:99').localeCompare(b.time ?? '99:99') ||
        a.id.localeCompare(b.id),
    );
    return {
      items: items.slice(0, CALENDAR_MAX_ITEMS),
      truncated: items.length > CALENDAR_MAX_ITEMS,
    };
  }
}
