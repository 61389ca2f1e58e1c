import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { FollowupSettingsResponse, FollowupSettingsUpdatedResponse } from '@haven/contracts';

import { checkFollowupLeadTimes, type FollowupLeadTimes } from '@haven/rules';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { Clock } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';
import { CaseComputationService } from '@api/case-computation/case-computation.service';

import { toFollowupSettingsResponse } from './dto/followup-settings.response';
import type { UpdateFollowupSettingsDto } from './dto/update-followup-settings.dto';
import { FollowupSettingsRepository } from '@api/case-computation/followup-settings.repository';

/**
 * Follow-up lead times per organisation. Changing them replans the follow-ups of every open case
 * in the same transaction, so no pending follow-up keeps a lead time that no longer applies; like
 * a court-closure change it is one longer transaction, made a few times a year.
 */
@Injectable()
export class FollowupSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: FollowupSettingsRepository,
    private readonly computation: CaseComputationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor): Promise<FollowupSettingsResponse> {
    return toFollowupSettingsResponse(
      await this.settings.get(this.dataSource.manager, actor.organisationId),
    );
  }

  async update(
    actor: Actor,
    dto: UpdateFollowupSettingsDto,
  ): Promise<FollowupSettingsUpdatedResponse> {
    const leads: FollowupLeadTimes = checkFollowupLeadTimes({
      talkToClientDaysBeforeExpiry: dto.talkToClientDaysBeforeExpiry,
      fileMotionDaysBeforeDeadline: dto.fileMotionDaysBeforeDeadline,
      escalateDaysBeforeDeadline: dto.escalateDaysBeforeDeadline,
      firstServiceCheckCourtDays: dto.firstServiceCheckCourtDays,
      serviceCheckEveryCourtDays: dto.serviceCheckEveryCourtDays,
      extendPreliminaryCourtDaysBeforeHearing: dto.extendPreliminaryCourtDaysBeforeHearing,
      medicalNoticeReminderDays: dto.medicalNoticeReminderDays,
    });
    assertLeadTimesInOrder(leads);
    const org = actor.organisationId;
    return this.dataSource.transaction(async (manager) => {
      const caseIds = await this.settings.lockOpenCaseIds(manager, org);
      const before = (await this.settings.get(manager, org)).leadTimes;
      await this.settings.save(manager, org, leads, actor.userId, this.clock.now());
      const changed = (Object.keys(leads) as Array<keyof FollowupLeadTimes>).filter(
        (k) => leads[k] !== before[k],
      );
      await this.audit.record(
        {
          action: 'followup_settings_changed',
          organisationId: org,
          actorUserId: actor.userId,
          targetType: 'organisation',
          targetId: org,
          details: { changed, ...leads, replannedCases: caseIds.length },
        },
        manager,
      );
      // Lead times change no fact, so computing the deadlines cannot be refused here; but they move
      // the follow-ups, and one the rules cannot place (a date before 1967 has no known New York
      // time) refuses the change naming the lead time it changed (the first, if it changed several).
      const fields = { other: changed[0] ?? 'talkToClientDaysBeforeExpiry' };
      for (const caseId of caseIds) {
        await this.computation.recompute(manager, org, caseId, fields);
      }
      return {
        ...toFollowupSettingsResponse(await this.settings.get(manager, org)),
        replannedCases: caseIds.length,
      };
    });
  }
}

/**
 * The three reminders before an extension deadline are steps of one plan: talk to the client, then
 * file, then escalate if nothing was filed. Lead times out of that order would remind an advocate
 * to file before talking to the client and replan every open case that way, so they are refused.
 */
export function assertLeadTimesInOrder(leads: FollowupLeadTimes): void {
  if (leads.fileMotionDaysBeforeDeadline >= leads.talkToClientDaysBeforeExpiry) {
    throw new DomainError(
      'LEAD_TIMES_OUT_OF_ORDER',
      'invalid',
      'must be fewer days than the talk-to-client lead time: the client is asked before the motion is filed',
      'fileMotionDaysBeforeDeadline',
    );
  }
  if (leads.escalateDaysBeforeDeadline >= leads.fileMotionDaysBeforeDeadline) {
    throw new DomainError(
      'LEAD_TIMES_OUT_OF_ORDER',
      'invalid',
      'must be fewer days than the file-motion lead time: a supervisor is warned only after the filing reminder',
      'escalateDaysBeforeDeadline',
    );
  }
}
