import type { CourtClosureKind, Role } from '@haven/contracts';

const ROLE_LABELS = {
  advocate: 'Advocate',
  supervisor: 'Supervisor',
  staff: 'Staff',
  admin: 'Admin',
} satisfies Record<Role, string>;

/** Roles in the order a select lists them, with what each may do. */
export const ROLE_OPTIONS: readonly { value: Role; label: string; hint: string }[] = [
  { value: 'advocate', label: 'Advocate', hint: 'works the cases assigned to them' },
  { value: 'supervisor', label: 'Supervisor', hint: 'every case, the board, reassignment' },
  { value: 'staff', label: 'Staff', hint: 'reads cases for reports, no confidential fields' },
  { value: 'admin', label: 'Admin', hint: 'users, closures and settings, no case data' },
];

export function roleLabel(role: Role): string {
  return Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role] : role;
}

const CLOSURE_KIND_LABELS = {
  governor_or_president_day: 'Day closed by the Governor or the President',
  clerk_closure: 'Clerk’s office closed',
  court_closure: 'Court closed',
} satisfies Record<CourtClosureKind, string>;

/** Closure kinds in the order a select lists them. */
export const CLOSURE_KIND_OPTIONS = (
  Object.entries(CLOSURE_KIND_LABELS) as [CourtClosureKind, string][]
).map(([value, label]) => ({ value, label }));

export function closureKindLabel(kind: CourtClosureKind): string {
  return Object.hasOwn(CLOSURE_KIND_LABELS, kind) ? CLOSURE_KIND_LABELS[kind] : kind;
}
