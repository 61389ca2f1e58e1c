import { RulesInputError } from '../errors';
import type { ExtensionOf, OrderFacts } from '../model/case-facts';
import { ORDER_KINDS, type CourtKind, type CourtRef, type ReliefCode } from '../model/order-kind';
import { RELIEF_CODES } from '../relief/relief-catalogue';
import {
  optionalOverride,
  requireArray,
  requireBoolean,
  requireDate,
  requireObject,
  requireOneOf,
  requirePartialDateTime,
  requireText,
} from './fields';

const COURT_KINDS: readonly CourtKind[] = ['JDR', 'GDC', 'CIRCUIT', 'MAGISTRATE'];
const EXTENSION_OF: readonly ExtensionOf[] = ['incapacity', 'unserved', 'motion_to_extend'];

function courtRef(value: unknown, field: string): CourtRef {
  const obj = requireObject(value, field);
  return {
    courtId: requireText(obj['courtId'], `${field}.courtId`),
    kind: requireOneOf(obj['kind'], COURT_KINDS, `${field}.kind`),
    locality: requireText(obj['locality'], `${field}.locality`),
  };
}

function reliefs(value: unknown, field: string): ReliefCode[] {
  if (value === undefined) {
    return [];
  }
  return requireArray(value, field).map((r, i) => requireOneOf(r, RELIEF_CODES, `${field}[${i}]`));
}

function outOfState(value: unknown, field: string): OrderFacts['outOfState'] {
  if (value === undefined) {
    return undefined;
  }
  const obj = requireObject(value, field);
  const issuingState = requireText(obj['issuingState'], `${field}.issuingState`);
  if (obj['registeredInVirginia'] === undefined) {
    return { issuingState };
  }
  const reg = requireObject(obj['registeredInVirginia'], `${field}.registeredInVirginia`);
  return {
    issuingState,
    registeredInVirginia: {
      on: requireDate(reg['on'], `${field}.registeredInVirginia.on`),
      courtId: requireText(reg['courtId'], `${field}.registeredInVirginia.courtId`),
    },
  };
}

// R10 (rules-spec §1.12): only a family-abuse final order records the court's finding of a prior
// order, and a previous order cannot be issued after this one.
function checkPriorOrder(facts: OrderFacts, field: string): void {
  const finding = facts.priorFamilyAbuseOrderFinding;
  const previous = facts.priorFamilyAbuseOrderIssuedOn;
  if ((finding !== undefined || previous !== undefined) && facts.kind !== 'FA_PO') {
    throw new RulesInputError(
      'INVALID_INPUT',
      `${field}.${finding !== undefined ? 'priorFamilyAbuseOrderFinding' : 'priorFamilyAbuseOrderIssuedOn'}`,
      "Only a family-abuse final order (FA_PO) records the court's finding of a prior family-abuse order.",
    );
  }
  if (previous !== undefined && previous > facts.issuedAt.date) {
    throw new RulesInputError(
      'INVALID_INPUT',
      `${field}.priorFamilyAbuseOrderIssuedOn`,
      'The previous family-abuse order must be issued on or before this order.',
    );
  }
}

/** A validated copy of one order's facts; refuses bad values naming `field` + the path. */
export function validateOrderFacts(value: unknown, field: string): OrderFacts {
  const obj = requireObject(value, field);
  const kind = requireOneOf(obj['kind'], ORDER_KINDS, `${field}.kind`);
  const facts: OrderFacts = {
    orderId: requireText(obj['orderId'], `${field}.orderId`),
    kind,
    issuedAt: requirePartialDateTime(obj['issuedAt'], `${field}.issuedAt`),
    issuingCourt: courtRef(obj['issuingCourt'], `${field}.issuingCourt`),
    reliefs: reliefs(obj['reliefs'], `${field}.reliefs`),
  };
  // Plain ifs rather than a loop over an object of optionals: this runs on every expiry (hot path).
  if (obj['calendarCourtId'] !== undefined) {
    facts.calendarCourtId = requireText(obj['calendarCourtId'], `${field}.calendarCourtId`);
  }
  if (obj['statedExpiry'] !== undefined) {
    facts.statedExpiry = requirePartialDateTime(obj['statedExpiry'], `${field}.statedExpiry`);
  }
  if (obj['statedExpiryOverride'] !== undefined) {
    facts.statedExpiryOverride = optionalOverride(
      obj['statedExpiryOverride'],
      `${field}.statedExpiryOverride`,
    );
  }
  if (obj['servedAt'] !== undefined) {
    facts.servedAt = requirePartialDateTime(obj['servedAt'], `${field}.servedAt`);
  }
  if (obj['parentOrderId'] !== undefined) {
    facts.parentOrderId = requireText(obj['parentOrderId'], `${field}.parentOrderId`);
  }
  if (obj['extensionOf'] !== undefined) {
    facts.extensionOf = requireOneOf(obj['extensionOf'], EXTENSION_OF, `${field}.extensionOf`);
  }
  if (obj['protectsMinorAgainstParent'] !== undefined) {
    facts.protectsMinorAgainstParent = requireBoolean(
      obj['protectsMinorAgainstParent'],
      `${field}.protectsMinorAgainstParent`,
    );
  }
  if (obj['petitionerWasFamilyOrHouseholdAtInitialOrder'] !== undefined) {
    facts.petitionerWasFamilyOrHouseholdAtInitialOrder = requireBoolean(
      obj['petitionerWasFamilyOrHouseholdAtInitialOrder'],
      `${field}.petitionerWasFamilyOrHouseholdAtInitialOrder`,
    );
  }
  if (obj['outOfState'] !== undefined) {
    facts.outOfState = outOfState(obj['outOfState'], `${field}.outOfState`);
  }
  if (obj['priorFamilyAbuseOrderFinding'] !== undefined) {
    facts.priorFamilyAbuseOrderFinding = requireBoolean(
      obj['priorFamilyAbuseOrderFinding'],
      `${field}.priorFamilyAbuseOrderFinding`,
    );
  }
  if (obj['priorFamilyAbuseOrderIssuedOn'] !== undefined) {
    facts.priorFamilyAbuseOrderIssuedOn = requireDate(
      obj['priorFamilyAbuseOrderIssuedOn'],
      `${field}.priorFamilyAbuseOrderIssuedOn`,
    );
  }
  checkPriorOrder(facts, field);
  if (obj['addressChangeNoticeRequired'] !== undefined) {
    if (kind !== 'FA_PPO' && kind !== 'AOV_PPO') {
      throw new RulesInputError(
        'INVALID_INPUT',
        `${field}.addressChangeNoticeRequired`,
        'Only a preliminary order records whether the court required notice of a change of residence; a final order requires it by statute.',
      );
    }
    facts.addressChangeNoticeRequired = requireBoolean(
      obj['addressChangeNoticeRequired'],
      `${field}.addressChangeNoticeRequired`,
    );
  }
  if (kind === 'OOS' && facts.outOfState === undefined) {
    requireObject(undefined, `${field}.outOfState`);
  }
  if (facts.extensionOf !== undefined && facts.parentOrderId === undefined) {
    requireText(undefined, `${field}.parentOrderId`);
  }
  return facts;
}
