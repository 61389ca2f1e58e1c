import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { HearingContinuanceResponse, HearingResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { PreliminaryOrderReissue } from '@api/orders/preliminary-reissue';

import type { ContinueHearingDto } from './dto/continue-hearing.dto';
import { toHearingListResponse, toHearingResponse } from './dto/hearing.response';
import type { RecordHearingOutcomeDto } from './dto/record-hearing-outcome.dto';
import type { ScheduleHearingDto } from './dto/schedule-hearing.dto';
import type { HearingEntity } from './hearing.entity';
import {
  continuanceNotLater,
  hearingAlreadyClosed,
  hearingBeforePetition,
  hearingNotFound,
  heldBeforeScheduled,
  heldInFuture,
  orderNotFound,
} from './hearings.errors';
import { HearingsRepository } from './hearings.repository';

/**
 * Hearings and continuances. Every write locks the case, changes the facts and recomputes the
 * stored deadlines in one transaction, so a continuance moves what depends on the hearing date
 * (R13's medical-records notice, for one) together with the date itself.
 */
@Injectable()
export class HearingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly denials: AccessDenials,
    private readonly hearings: HearingsRepository,
    private readonly computation: CaseComputationService,
    private readonly reissue: PreliminaryOrderReissue,
    private readonly clock: Clock,
  ) {}

  async schedule(actor: Actor, caseId: string, dto: ScheduleHearingDto): Promise<HearingResponse> {
    const orgId = actor.organisationId;
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      if (
        dto.orderId &&
        !(await this.hearings.orderOfCaseExists(manager, orgId, caseId, dto.orderId))
      ) {
        await this.denials.deny(actor, 'protective_order', dto.orderId);
        throw orderNotFound();
      }
      const firstFiledOn = await this.hearings.firstPetitionFiledOnOrNull(manager, orgId, caseId);
      if (firstFiledOn === null || dto.scheduledOn < firstFiledOn)
        throw hearingBeforePetition(firstFiledOn);
      const hearing = await this.hearings.insert(manager, {
        organisationId: orgId,
        caseId,
        orderId: dto.orderId ?? null,
        kind: dto.kind,
        scheduledOn: dto.scheduledOn,
        scheduledTime: dto.scheduledTime ?? null,
        continuedFromId: null,
      });
      await this.computation.recompute(manager, orgId, caseId, {
        byPath: { at: 'scheduledOn', orderId: 'orderId' },
        other: 'scheduledOn',
      });
      return toHearingResponse(hearing, null);
    });
  }

  /** Records what happened at an open hearing (any outcome but a continuance). */
  async recordOutcome(
    actor: Actor,
    caseId: string,
    hearingId: string,
    dto: RecordHearingOutcomeDto,
  ): Promise<HearingResponse> {
    const orgId = actor.organisationId;
    return this.dataSource.transaction(async (manager) => {
      const hearing = await this.getOpenHearing(manager, actor, caseId, hearingId);
      if (dto.heldOn < hearing.scheduledOn) throw heldBeforeScheduled(hearing.scheduledOn);
      if (dto.heldOn > this.today()) throw heldInFuture();
      const closed = await this.hearings.close(manager, orgId, hearing.id, {
        outcome: dto.outcome,
        heldOn: dto.heldOn,
        continuanceReason: null,
      });
      await this.computation.recompute(manager, orgId, caseId, { other: 'heldOn' });
      return toHearingResponse(closed, null);
    });
  }

  /**
   * Continues an open hearing to a later day: the hearing is closed with outcome `continued` and
   * the next hearing (same kind and order, linked by continued_from_id) is created, atomically.
   *
   * `held_on` of the continued hearing is the day it was continued on: the original hearing day
   * when the continuance is recorded on or after it (granted at the hearing), or today when it is
   * recorded before that day (granted ahead of the hearing, on a motion). Either way it is never a
   * day that has not come yet, and never after the day the hearing was set for.
   */
  async continueHearing(
    actor: Actor,
    caseId: string,
    hearingId: string,
    dto: ContinueHearingDto,
  ): Promise<HearingContinuanceResponse> {
    const orgId = actor.organisationId;
    return this.dataSource.transaction(async (manager) => {
      const hearing = await this.getOpenHearing(manager, actor, caseId, hearingId);
      if (dto.scheduledOn <= hearing.scheduledOn) throw continuanceNotLater(hearing.scheduledOn);
      const today = this.today();
      const continuedOn = today < hearing.scheduledOn ? today : hearing.scheduledOn;
      const continued = await this.hearings.close(manager, orgId, hearing.id, {
        outcome: 'continued',
        heldOn: continuedOn,
        continuanceReason: dto.reason.trim(),
      });
      const nextHearing = (m: EntityManager, orderId: string | null) =>
        this.hearings.insert(m, {
          organisationId: orgId,
          caseId,
          orderId,
          kind: hearing.kind,
          scheduledOn: dto.scheduledOn,
          scheduledTime: dto.scheduledTime ?? null,
          continuedFromId: hearing.id,
        });
      const refusal = { byPath: { at: 'scheduledOn' }, other: 'scheduledOn' };
      let next: HearingEntity | null = null;
      let extendedOrderId: string | null = null;
      if (dto.preliminaryOrderExtended === true) {
        // The next hearing is about the extended order, so holding it meets that order's R05.
        const extended = await this.reissue.extendToHearing(manager, actor, caseId, {
          hearingOrderId: hearing.orderId,
          on: continuedOn,
          until: dto.scheduledOn,
          servedInOpenCourt: dto.servedInOpenCourt === true,
          field: 'preliminaryOrderExtended',
          refusal: {
            statedExpiry: 'scheduledOn',
            byPath: { at: 'scheduledOn', issuedAt: 'preliminaryOrderExtended' },
            other: 'scheduledOn',
          },
          alsoStore: async (m, orderId) => {
            next = await nextHearing(m, orderId);
          },
        });
        extendedOrderId = extended.orderId;
      } else {
        next = await nextHearing(manager, hearing.orderId);
        await this.computation.recompute(manager, orgId, caseId, refusal);
      }
      const stored = next as HearingEntity | null;
      if (!stored) throw new Error('The continued hearing was not stored');
      return {
        continued: toHearingResponse(continued, stored.id),
        next: toHearingResponse(stored, null),
        extendedOrderId,
      };
    });
  }

  async list(actor: Actor, caseId: string): Promise<HearingResponse[]> {
    // One statement, the access check in it, outside any transaction of ours: the tenant setting's
    // START and the COMMIT go with it in one round trip (tenant-connection.ts; issue 18).
    const rows = await this.access.readVisible(actor, caseId, ({ organisationId, assigneeId }) =>
      this.hearings.findVisibleByCase(this.dataSource.manager, organisationId, caseId, assigneeId),
    );
    return toHearingListResponse(rows);
  }

  /** The case must be visible, the hearing must be the case's, and it must still be open. */
  private async getOpenHearing(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    hearingId: string,
  ): Promise<HearingEntity> {
    await this.access.getVisibleForWrite(actor, caseId, manager);
    const hearing = await this.hearings.getForUpdateOrNull(
      manager,
      actor.organisationId,
      caseId,
      hearingId,
    );
    if (!hearing) {
      await this.denials.deny(actor, 'hearing', hearingId);
      throw hearingNotFound();
    }
    if (hearing.outcome !== null) throw hearingAlreadyClosed();
    return hearing;
  }

  private today(): string {
    return virginiaDate(this.clock.now());
  }
}
