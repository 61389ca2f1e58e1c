import type { Role } from '@haven/contracts';

// Mirrors the API's role table; the API still decides, this only hides what would be refused.
const CASE_CREATORS: readonly Role[] = ['advocate', 'supervisor'];

export function canCreateCases(role: Role): boolean {
  return CASE_CREATORS.includes(role);
}
