import type {
  CaseEvent,
  HearingKind,
  HearingOutcome,
  ServiceAttemptOutcome,
} from '../model/case-facts';
import { ORDER_KINDS } from '../model/order-kind';
import { RulesInputError } from '../errors';
import {
  optionalDate,
  optionalOverride,
  optionalPartialDateTime,
  optionalText,
  requireBoolean,
  requireDate,
  requireObject,
  requireOneOf,
  requirePartialDateTime,
  requireText,
} from './fields';
import { validateMilitaryOrder } from './military-order';
import { validateOrderFacts } from './order-facts';
import { validateViolationFacts } from './violation-facts';

const EVENT_TYPES: readonly CaseEvent['type'][] = [
  'petition_filed',
  'order_issued',
  'order_served',
  'service_attempted',
  'hearing_scheduled',
  'hearing_held',
  'incapacity_extension_granted',
  'unserved_extension_granted',
  'extension_motion_filed',
  'extension_granted',
  'order_dissolved',
  'medical_evidence_recorded',
  'violation_recorded',
  'respondent_moved',
];
const HEARING_KINDS: readonly HearingKind[] = [
  'ppo_full_hearing',
  'final_trial',
  'extension',
  'sro_final',
];
const OUTCOMES: readonly HearingOutcome[] = [
  'granted',
  'denied',
  'continued',
  'respondent_not_served',
  'petitioner_absent',
  'ppo_reissued',
];
const ATTEMPT_OUTCOMES: readonly ServiceAttemptOutcome[] = [
  'served',
  'not_found',
  'refused',
  'other',
];

function stated(obj: Record<string, unknown>, f: string) {
  const statedExpiry = optionalPartialDateTime(obj['statedExpiry'], `${f}.statedExpiry`);
  const statedExpiryOverride = optionalOverride(
    obj['statedExpiryOverride'],
    `${f}.statedExpiryOverride`,
  );
  return {
    ...(statedExpiry === undefined ? {} : { statedExpiry }),
    ...(statedExpiryOverride === undefined ? {} : { statedExpiryOverride }),
  };
}

/** A validated copy of event `value` at `field` (e.g. 'events[3]'); refuses bad values by path. */
export function validateCaseEvent(value: unknown, f: string): CaseEvent {
  const obj = requireObject(value, f);
  const type = requireOneOf(obj['type'], EVENT_TYPES, `${f}.type`);
  const orderId = (): string => requireText(obj['orderId'], `${f}.orderId`);
  switch (type) {
    case 'petition_filed': {
      const petitionId = optionalText(obj['petitionId'], `${f}.petitionId`);
      const on = requirePartialDateTime(obj['on'], `${f}.on`);
      const mpo =
        obj['militaryProtectiveOrder'] === undefined
          ? undefined
          : validateMilitaryOrder(obj['militaryProtectiveOrder'], `${f}.militaryProtectiveOrder`);
      if (mpo !== undefined && mpo.issuedOn > on.date) {
        throw new RulesInputError(
          'INVALID_INPUT',
          `${f}.militaryProtectiveOrder.issuedOn`,
          'A Military Protective Order recorded as a basis of the petition must be issued on or before the filing date.',
        );
      }
      return {
        type,
        ...(petitionId === undefined ? {} : { petitionId }),
        on,
        sought: requireOneOf(obj['sought'], ORDER_KINDS, `${f}.sought`),
        courtId: requireText(obj['courtId'], `${f}.courtId`),
        ...(mpo === undefined ? {} : { militaryProtectiveOrder: mpo }),
      };
    }
    case 'order_issued':
      return { type, order: validateOrderFacts(obj['order'], `${f}.order`) };
    case 'order_served':
      return {
        type,
        orderId: orderId(),
        at: requirePartialDateTime(obj['at'], `${f}.at`),
        personal: requireBoolean(obj['personal'], `${f}.personal`),
      };
    case 'service_attempted':
      return {
        type,
        orderId: orderId(),
        at: requirePartialDateTime(obj['at'], `${f}.at`),
        outcome: requireOneOf(obj['outcome'], ATTEMPT_OUTCOMES, `${f}.outcome`),
      };
    case 'hearing_scheduled': {
      const linked = optionalText(obj['orderId'], `${f}.orderId`);
      return {
        type,
        hearingId: requireText(obj['hearingId'], `${f}.hearingId`),
        kind: requireOneOf(obj['kind'], HEARING_KINDS, `${f}.kind`),
        at: requirePartialDateTime(obj['at'], `${f}.at`),
        ...(linked === undefined ? {} : { orderId: linked }),
      };
    }
    case 'hearing_held':
      return {
        type,
        hearingId: requireText(obj['hearingId'], `${f}.hearingId`),
        on: requireDate(obj['on'], `${f}.on`),
        outcome: requireOneOf(obj['outcome'], OUTCOMES, `${f}.outcome`),
      };
    case 'incapacity_extension_granted':
      return {
        type,
        orderId: orderId(),
        on: requirePartialDateTime(obj['on'], `${f}.on`),
        ...stated(obj, f),
      };
    case 'unserved_extension_granted':
      return { type, orderId: orderId(), on: requireDate(obj['on'], `${f}.on`), ...stated(obj, f) };
    case 'extension_motion_filed': {
      const motionId = optionalText(obj['motionId'], `${f}.motionId`);
      return {
        type,
        orderId: orderId(),
        on: requirePartialDateTime(obj['on'], `${f}.on`),
        ...(motionId === undefined ? {} : { motionId }),
      };
    }
    case 'extension_granted':
      return {
        type,
        orderId: orderId(),
        newOrderId: requireText(obj['newOrderId'], `${f}.newOrderId`),
        on: requireDate(obj['on'], `${f}.on`),
        ...stated(obj, f),
      };
    case 'order_dissolved':
      return { type, orderId: orderId(), on: requireDate(obj['on'], `${f}.on`) };
    case 'medical_evidence_recorded': {
      const caseId = optionalText(obj['caseId'], `${f}.caseId`);
      return caseId === undefined ? { type } : { type, caseId };
    }
    case 'violation_recorded':
      return { type, violation: validateViolationFacts(obj['violation'], `${f}.violation`) };
    case 'respondent_moved': {
      const on = requireDate(obj['on'], `${f}.on`);
      const moveId = optionalText(obj['moveId'], `${f}.moveId`);
      const noticeReceivedOn = optionalDate(obj['noticeReceivedOn'], `${f}.noticeReceivedOn`);
      if (noticeReceivedOn !== undefined && noticeReceivedOn < on) {
        throw new RulesInputError(
          'INVALID_INPUT',
          `${f}.noticeReceivedOn`,
          'The court cannot receive notice of a move before the move.',
        );
      }
      return {
        type,
        on,
        ...(moveId === undefined ? {} : { moveId }),
        ...(noticeReceivedOn === undefined ? {} : { noticeReceivedOn }),
      };
    }
  }
}
