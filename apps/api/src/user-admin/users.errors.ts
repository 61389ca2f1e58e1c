import { DomainError } from '@api/common/errors/domain-error';

export function userNotFound(): DomainError {
  return new DomainError('USER_NOT_FOUND', 'not_found', 'User not found.');
}

export function emailTaken(): DomainError {
  return new DomainError(
    'EMAIL_TAKEN',
    'conflict',
    'is already the sign-in of another account',
    'email',
  );
}

export function nothingToChange(): DomainError {
  return new DomainError(
    'NOTHING_TO_CHANGE',
    'invalid',
    'must hold at least one of displayName, role, active',
    'body',
  );
}

/** An admin removing their own admin role or account would leave nobody able to undo it. */
export function selfLockout(field: 'role' | 'active'): DomainError {
  return new DomainError(
    'SELF_LOCKOUT',
    'conflict',
    'an admin cannot remove their own admin access; ask another admin',
    field,
  );
}

/** A password the rules refuse (length, common-password list, context words). */
export function weakPassword(problem: string): DomainError {
  return new DomainError('WEAK_PASSWORD', 'invalid', problem, 'password');
}
