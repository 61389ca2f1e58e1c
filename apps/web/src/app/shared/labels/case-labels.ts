import type {
  AdvocateRef,
  CaseStage,
  CourtKind,
  DeadlineConfidence,
  OrderKind,
  Relationship,
} from '@haven/contracts';

// Records over the union types, so a new stage or order kind fails the build until it has a label.
const STAGE_LABELS = {
  intake: 'Intake',
  petition_filed: 'Petition filed',
  awaiting_service: 'Awaiting service',
  hearing_scheduled: 'Hearing scheduled',
  order_in_effect: 'Order in effect',
  extension_pending: 'Extension pending',
  order_ended: 'Order ended',
  closed: 'Closed',
} satisfies Record<CaseStage, string>;

// Wording follows rules-spec §1 (family abuse / act of violence; emergency, preliminary, final).
const ORDER_KIND_LABELS = {
  FA_EPO: 'Family abuse emergency order',
  FA_PPO: 'Family abuse preliminary order',
  FA_PO: 'Family abuse final order',
  AOV_EPO: 'Act of violence emergency order',
  AOV_PPO: 'Act of violence preliminary order',
  AOV_PO: 'Act of violence final order',
  ESRO: 'Emergency substantial risk order',
  FSRO: 'Final substantial risk order',
  OOS: 'Out-of-state order',
} satisfies Record<OrderKind, string>;

// The respondent's relationship to the client, in the words of R15 (Va. Code § 16.1-228).
const RELATIONSHIP_LABELS = {
  spouse: 'Spouse',
  former_spouse: 'Former spouse',
  parent: 'Parent',
  child: 'Child',
  stepparent: 'Stepparent',
  stepchild: 'Stepchild',
  brother: 'Brother',
  sister: 'Sister',
  half_brother: 'Half-brother',
  half_sister: 'Half-sister',
  grandchild: 'Grandchild',
  grandparent: 'Grandparent',
  mother_in_law: 'Mother-in-law',
  father_in_law: 'Father-in-law',
  son_in_law: 'Son-in-law',
  daughter_in_law: 'Daughter-in-law',
  brother_in_law: 'Brother-in-law',
  sister_in_law: 'Sister-in-law',
  child_in_common: 'Has a child in common with the client',
  cohabitant: 'Cohabitant (lives with the client)',
  former_cohabitant: 'Former cohabitant',
  cohabitants_child_in_home: 'Child of a cohabitant, living in the home',
  none: 'None of these',
} satisfies Record<Relationship, string>;

const COURT_KIND_LABELS = {
  JDR: 'Juvenile and domestic relations district court',
  GDC: 'General district court',
  CIRCUIT: 'Circuit court',
  MAGISTRATE: 'Magistrate',
} satisfies Record<CourtKind, string>;

export interface OrderKindOption {
  value: OrderKind;
  label: string;
}

/** Order kinds in the order a select lists them. */
export const ORDER_KIND_OPTIONS: readonly OrderKindOption[] = (
  Object.entries(ORDER_KIND_LABELS) as [OrderKind, string][]
).map(([value, label]) => ({ value, label }));

export interface RelationshipOption {
  value: Relationship;
  label: string;
}

/** Every relationship code, in the order R15 lists them, with "None of these" last. */
export const RELATIONSHIP_OPTIONS: readonly RelationshipOption[] = (
  Object.entries(RELATIONSHIP_LABELS) as [Relationship, string][]
).map(([value, label]) => ({ value, label }));

export function stageLabel(stage: CaseStage): string {
  return lookup(STAGE_LABELS, stage) ?? humanize(stage);
}

export function orderKindLabel(kind: OrderKind | null): string {
  if (kind === null) {
    return 'Not set';
  }
  return lookup(ORDER_KIND_LABELS, kind) ?? kind;
}

export function relationshipLabel(relationship: Relationship | null): string {
  if (relationship === null) {
    return 'Not recorded';
  }
  return lookup(RELATIONSHIP_LABELS, relationship) ?? humanize(relationship);
}

export function courtKindLabel(kind: CourtKind | null): string {
  if (kind === null) {
    return 'Not set';
  }
  return lookup(COURT_KIND_LABELS, kind) ?? kind;
}

/** Someone work can be given to, with their role: "Ada Marsh (advocate)". */
export function personWithRole(person: { displayName: string; role: string }): string {
  return `${person.displayName} (${person.role === 'supervisor' ? 'supervisor' : 'advocate'})`;
}

/** The advocates of a case, comma-separated, or "Unassigned". */
export function advocateNames(advocates: readonly AdvocateRef[]): string {
  return advocates.length === 0 ? 'Unassigned' : advocates.map((a) => a.displayName).join(', ');
}

// The rules library's deadline kinds (rules-spec §4); the contract types them as plain strings.
const DEADLINE_KIND_LABELS: Readonly<Partial<Record<string, string>>> = {
  order_expiry: 'Order expires',
  max_expiry: 'Latest possible expiry',
  hearing_by: 'Hearing due',
  file_by: 'File by',
  notice_by: 'Notice due',
  next_friend_file_by: 'Next friend files by',
  advisory_target: 'Advisory target',
  service_follow_up: 'Follow up on service',
};

export function deadlineKindLabel(kind: string): string {
  return lookup(DEADLINE_KIND_LABELS, kind) ?? humanize(kind);
}

const CONFIDENCE_LABELS = {
  source_explicit: 'Stated in the source',
  interpretation: 'Interpretation of the source',
  advisory: 'Advisory only',
} satisfies Record<DeadlineConfidence, string>;

export function confidenceLabel(confidence: DeadlineConfidence): string {
  return lookup(CONFIDENCE_LABELS, confidence) ?? humanize(confidence);
}

function lookup(labels: Readonly<Partial<Record<string, string>>>, code: string): string | null {
  return Object.hasOwn(labels, code) ? (labels[code] ?? null) : null;
}

// A value the API added before the web app learned it still reads as words, not as a code.
function humanize(code: string): string {
  const words = code.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
