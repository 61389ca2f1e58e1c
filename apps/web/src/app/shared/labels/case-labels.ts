import type { CaseStage, OrderKind } from '@haven/contracts';

// Records over the union types, so a new stage or order kind fails the build until it has a label.
const STAGE_LABELS = {
  intake: 'Intake',
  petition_filed: 'Petition filed',
  awaiting_service: 'Awaiting service',
  hearing_scheduled: 'Hearing scheduled',
  order_in_effect: 'Order in effect',
  extension_pending: 'Extension pending',
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

export interface OrderKindOption {
  value: OrderKind;
  label: string;
}

/** Order kinds in the order a select lists them. */
export const ORDER_KIND_OPTIONS: readonly OrderKindOption[] = (
  Object.entries(ORDER_KIND_LABELS) as [OrderKind, string][]
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

function lookup(labels: Readonly<Partial<Record<string, string>>>, code: string): string | null {
  return Object.hasOwn(labels, code) ? (labels[code] ?? null) : null;
}

// A value the API added before the web app learned it still reads as words, not as a code.
function humanize(code: string): string {
  const words = code.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
