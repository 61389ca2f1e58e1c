import { DomainError } from '@api/common/errors/domain-error';

/** The one answer for "no such order" and "an order of another case or organisation". */
export function orderNotFound(): DomainError {
  return new DomainError('ORDER_NOT_FOUND', 'not_found', 'Order not found.');
}

export function motionNotFound(): DomainError {
  return new DomainError('EXTENSION_MOTION_NOT_FOUND', 'not_found', 'Motion to extend not found.');
}

/** A 400 naming the request field a domain check refused. */
export function invalidField(code: string, field: string, message: string): DomainError {
  return new DomainError(code, 'invalid', message, field);
}

export function notInFuture(field: string, what: string): DomainError {
  return invalidField('DATE_IN_FUTURE', field, `${what} cannot be a day that has not come yet.`);
}

/** only a supervisor accepts a court's stated date beyond the statutory maximum. */
export function overrideRequiresSupervisor(): DomainError {
  return new DomainError(
    'OVERRIDE_REQUIRES_SUPERVISOR',
    'forbidden',
    'Only a supervisor may record a stated expiry beyond the statutory maximum.',
    'statedExpiryOverrideReason',
  );
}

/** Dissolving an order twice: the first dissolution stands. */
export function orderDissolved(): DomainError {
  return new DomainError('ORDER_DISSOLVED', 'conflict', 'The order has already been dissolved.');
}

const NOT_CURRENT: Record<string, string> = {
  dissolved: 'The order has been dissolved.',
  extended: 'The order has been extended on a motion; act on the newest order of the chain.',
  superseded: 'A later order replaced this one; act on the newest order of the chain.',
};

/** A dissolved, extended or superseded order is no longer the one in force. */
export function orderNotCurrent(status: string): DomainError {
  return new DomainError(
    'ORDER_NOT_CURRENT',
    'conflict',
    NOT_CURRENT[status] ?? 'The order is no longer in force.',
  );
}

export function orderNotExtendableOnMotion(kind: string): DomainError {
  return new DomainError(
    'ORDER_NOT_EXTENDABLE_ON_MOTION',
    'conflict',
    `A ${kind} order is not extended on a motion to extend (only FA_PO, AOV_PO and FSRO orders are).`,
  );
}

export function motionAlreadyPending(): DomainError {
  return new DomainError(
    'EXTENSION_MOTION_PENDING',
    'conflict',
    'A motion to extend this order is already pending; grant or deny it first.',
  );
}

export function motionAlreadyDecided(outcome: string): DomainError {
  return new DomainError(
    'EXTENSION_MOTION_DECIDED',
    'conflict',
    `The motion was already ${outcome}.`,
  );
}

/** R11, R25, R33: a motion filed after the order expired cannot extend it. */
export function motionNotTimely(explanation: string): DomainError {
  return new DomainError('EXTENSION_MOTION_NOT_TIMELY', 'conflict', explanation);
}
