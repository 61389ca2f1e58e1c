import type { INestApplicationContext } from '@nestjs/common';

import { addCalendarYears, addDays } from '@haven/rules';

import type { Actor } from '@api/common/actor';
import { NotesService } from '@api/notes/notes.service';
import { ExtensionMotionsService } from '@api/orders/extension-motions.service';
import { OrdersService } from '@api/orders/orders.service';
import { HearingsService } from '@api/hearings/hearings.service';
import { PetitionsService } from '@api/petitions/petitions.service';
import { ServiceAttemptsService } from '@api/service-attempts/service-attempts.service';
import { ViolationsService } from '@api/violations/violations.service';

const JDR = {
  issuingCourtId: 'jdr-fairfax',
  issuingCourtKind: 'JDR',
  issuingLocality: 'Fairfax County',
} as const;
const GDC = {
  issuingCourtId: 'gdc-arlington',
  issuingCourtKind: 'GDC',
  issuingLocality: 'Arlington County',
} as const;
const MAGISTRATE = {
  issuingCourtId: 'magistrate-fairfax',
  issuingCourtKind: 'MAGISTRATE',
  issuingLocality: 'Fairfax County',
} as const;

type Step = (actor: Actor, caseId: string) => Promise<void>;

/**
 * What has happened in each demo case, dated relative to today so the demo always shows live
 * deadlines: orders about to lapse, respondents not yet served, an emergency order with no
 * petition. Recorded through the same services as the API, so the rules library computes every date.
 */
export function demoHistory(app: INestApplicationContext, today: string): Record<string, Step> {
  const d = (days: number) => addDays(today, days);
  const petitions = app.get(PetitionsService);
  const orders = app.get(OrdersService);
  const hearings = app.get(HearingsService);
  const service = app.get(ServiceAttemptsService);
  const motions = app.get(ExtensionMotionsService);
  const violations = app.get(ViolationsService);
  const notes = app.get(NotesService);

  const emergencyThenPreliminary = async (actor: Actor, caseId: string, epoDaysAgo: number) => {
    const epo = await orders.create(actor, caseId, {
      kind: 'FA_EPO',
      issuedOn: d(-epoDaysAgo),
      issuedTime: '21:40',
      ...MAGISTRATE,
    });
    await petitions.file(actor, caseId, {
      orderKindSought: 'FA_PPO',
      filedOn: d(-epoDaysAgo + 1),
      courtId: 'jdr-fairfax',
      courtKind: 'JDR',
      courtLocality: 'Fairfax County',
    });
    return orders.create(actor, caseId, {
      kind: 'FA_PPO',
      issuedOn: d(-epoDaysAgo + 1),
      ...JDR,
      parentOrderId: epo.id,
      reliefs: ['NO_CONTACT', 'NO_ABUSE_OR_CRIME'],
    });
  };

  const finalOrderExpiringIn = async (
    actor: Actor,
    caseId: string,
    days: number,
    kind: 'FA_PO' | 'AOV_PO',
  ) => {
    const issuedOn = addCalendarYears(d(days), -2);
    const order = await orders.create(actor, caseId, {
      kind,
      issuedOn,
      ...(kind === 'FA_PO' ? JDR : GDC),
      statedExpiryOn: d(days),
      reliefs: ['NO_CONTACT'],
      ...(kind === 'FA_PO' ? { petitionerHouseholdAtInitial: true } : {}),
    });
    await service.record(actor, caseId, {
      orderId: order.id,
      attemptedOn: addDays(issuedOn, 1),
      servedBy: 'sheriff',
      method: 'personal',
      outcome: 'served',
    });
    return order;
  };

  return {
    'blue-ridge-demo/HV-2026-0001': async (actor, caseId) => {
      await notes.create(actor, caseId, {
        body: 'Client prefers texts after 6 p.m.; the respondent checks her phone in the mornings.',
      });
    },
    'blue-ridge-demo/HV-2026-0002': async (actor, caseId) => {
      const epo = await orders.create(actor, caseId, {
        kind: 'FA_EPO',
        issuedOn: d(-1),
        issuedTime: '21:40',
        ...MAGISTRATE,
      });
      await petitions.file(actor, caseId, {
        orderKindSought: 'FA_PPO',
        filedOn: today,
        courtId: 'jdr-fairfax',
        courtKind: 'JDR',
        courtLocality: 'Fairfax County',
      });
      await service.record(actor, caseId, {
        orderId: epo.id,
        attemptedOn: today,
        servedBy: 'police',
        method: 'personal',
        outcome: 'not_found',
      });
    },
    'blue-ridge-demo/HV-2026-0003': async (actor, caseId) => {
      const ppo = await emergencyThenPreliminary(actor, caseId, 9);
      await service.record(actor, caseId, {
        orderId: ppo.id,
        attemptedOn: d(-7),
        servedBy: 'sheriff',
        method: 'personal',
        outcome: 'not_found',
        // Service notes are sealed like contact details; the case page reveals them on request.
        notes:
          'Deputy found the workshop on Larkmoor Road shut; will try the Elm Hollow address after 6 p.m.',
      });
      await service.record(actor, caseId, {
        orderId: ppo.id,
        attemptedOn: d(-4),
        servedBy: 'sheriff',
        method: 'personal',
        outcome: 'refused',
      });
      await hearings.schedule(actor, caseId, {
        kind: 'ppo_full_hearing',
        scheduledOn: d(4),
        scheduledTime: '09:30',
        orderId: ppo.id,
      });
    },
    'blue-ridge-demo/HV-2026-0004': async (actor, caseId) => {
      const epo = await orders.create(actor, caseId, {
        kind: 'AOV_EPO',
        issuedOn: d(-12),
        ...MAGISTRATE,
      });
      await petitions.file(actor, caseId, {
        orderKindSought: 'AOV_PPO',
        filedOn: d(-11),
        courtId: 'gdc-arlington',
        courtKind: 'GDC',
        courtLocality: 'Arlington County',
      });
      const ppo = await orders.create(actor, caseId, {
        kind: 'AOV_PPO',
        issuedOn: d(-11),
        ...GDC,
        parentOrderId: epo.id,
      });
      await service.record(actor, caseId, {
        orderId: ppo.id,
        attemptedOn: d(-10),
        attemptedTime: '14:05',
        servedBy: 'sheriff',
        method: 'personal',
        outcome: 'served',
      });
      const first = await hearings.schedule(actor, caseId, {
        kind: 'ppo_full_hearing',
        scheduledOn: d(-1),
        scheduledTime: '10:00',
        orderId: ppo.id,
      });
      await hearings.continueHearing(actor, caseId, first.id, {
        scheduledOn: d(6),
        scheduledTime: '10:00',
        reason: 'The respondent asked for time to find a lawyer.',
      });
    },
    'blue-ridge-demo/HV-2026-0005': async (actor, caseId) => {
      await finalOrderExpiringIn(actor, caseId, 40, 'FA_PO');
    },
    'blue-ridge-demo/HV-2026-0006': async (actor, caseId) => {
      const order = await finalOrderExpiringIn(actor, caseId, 20, 'FA_PO');
      await motions.file(actor, caseId, order.id, { filedOn: d(-3) });
    },
    'blue-ridge-demo/HV-2026-0007': async (actor, caseId) => {
      const order = await finalOrderExpiringIn(actor, caseId, 500, 'AOV_PO');
      await violations.record(actor, caseId, {
        orderId: order.id,
        occurredOn: d(-100),
        acts: ['stalking'],
        basedOnViolence: true,
        policeReportNumber: 'ARL-2026-004417',
        officerName: 'Officer Tamsin Vale',
        officerBadge: '3317',
        actionsTaken: ['police_report', 'violation_petition'],
      });
    },
    'blue-ridge-demo/HV-2026-0008': async (actor, caseId) => {
      await orders.create(actor, caseId, {
        kind: 'FA_EPO',
        issuedOn: today,
        issuedTime: '08:15',
        ...MAGISTRATE,
      });
    },
    'tidewater-demo/HV-2026-0001': async (actor, caseId) => {
      const ppo = await emergencyThenPreliminary(actor, caseId, 6);
      await hearings.schedule(actor, caseId, {
        kind: 'ppo_full_hearing',
        scheduledOn: d(2),
        scheduledTime: '09:00',
        orderId: ppo.id,
      });
    },
    'tidewater-demo/HV-2026-0002': async (actor, caseId) => {
      await finalOrderExpiringIn(actor, caseId, 300, 'AOV_PO');
    },
  };
}
