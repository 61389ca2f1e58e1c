/** Order-kind codes of the rules library (rules-spec §1). */
export type OrderKind =
  'FA_EPO' | 'FA_PPO' | 'FA_PO' | 'AOV_EPO' | 'AOV_PPO' | 'AOV_PO' | 'ESRO' | 'FSRO' | 'OOS';

/** Where a case stands on the path from intake to an order in effect. */
export type CaseStage =
  | 'intake'
  | 'petition_filed'
  | 'awaiting_service'
  | 'hearing_scheduled'
  | 'order_in_effect'
  | 'extension_pending'
  | 'closed';

/** Every stage, in path order. */
export const CASE_STAGES: readonly CaseStage[] = [
  'intake',
  'petition_filed',
  'awaiting_service',
  'hearing_scheduled',
  'order_in_effect',
  'extension_pending',
  'closed',
];

/** One row of a caseload. */
export interface CaseSummaryResponse {
  id: string;
  reference: string;
  clientName: string;
  respondentName: string;
  stage: CaseStage;
  orderKind: OrderKind | null;
  assignedAdvocate: { id: string; displayName: string } | null;
  openedOn: string;
}

/** A page of cases; pass `nextCursor` back as `cursor` for the next page. */
export interface CaseListResponse {
  items: CaseSummaryResponse[];
  nextCursor: string | null;
}

/** POST /api/cases body. */
export interface CreateCaseRequest {
  clientName: string;
  respondentName: string;
  orderKind?: OrderKind;
  openedOn: string;
}
