import type { ParamMap, Params } from '@angular/router';

import { CASE_STAGES, type CaseSort, type CaseStage, type OrderKind } from '@haven/contracts';

import { ORDER_KIND_OPTIONS } from '../../shared/labels/case-labels';
import type { CaseloadFilter } from './cases.api';

/** The caseload's filter form: every field a string, '' meaning "any". */
export interface CaseloadFormValue {
  q: string;
  stage: string;
  orderKind: string;
  courtId: string;
  locality: string;
  sort: CaseSort;
}

export const CASE_SORT_OPTIONS: readonly { value: CaseSort; label: string }[] = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'next_deadline', label: 'Next deadline first' },
];

/** The API searches from two characters on (ListCasesQuery.q). */
export const SEARCH_MIN_LENGTH = 2;

const SORTS = new Set<string>(CASE_SORT_OPTIONS.map((o) => o.value));
const STAGES = new Set<string>(CASE_STAGES);
const ORDER_KINDS = new Set<string>(ORDER_KIND_OPTIONS.map((o) => o.value));

function cut(value: string | null, max = 100): string {
  return (value ?? '').trim().slice(0, max);
}

/**
 * The filter a caseload URL asks for (`/cases?stage=…&q=…`). Unknown values are dropped rather
 * than sent, so an old or hand-edited link still opens a caseload instead of a 400.
 */
export function filterOfParams(params: ParamMap): CaseloadFilter {
  const filter: CaseloadFilter = {};
  const q = cut(params.get('q'));
  if (q.length >= SEARCH_MIN_LENGTH) {
    filter.q = q;
  }
  const stage = params.get('stage') ?? '';
  if (STAGES.has(stage)) {
    filter.stage = stage as CaseStage;
  }
  const orderKind = params.get('orderKind') ?? '';
  if (ORDER_KINDS.has(orderKind)) {
    filter.orderKind = orderKind as OrderKind;
  }
  const courtId = cut(params.get('courtId'));
  if (courtId) {
    filter.courtId = courtId;
  }
  const locality = cut(params.get('locality'));
  if (locality) {
    filter.locality = locality;
  }
  const sort = params.get('sort') ?? '';
  if (SORTS.has(sort) && sort !== 'newest') {
    filter.sort = sort as CaseSort;
  }
  return filter;
}

export function formValueOf(filter: CaseloadFilter): CaseloadFormValue {
  return {
    q: filter.q ?? '',
    stage: filter.stage ?? '',
    orderKind: filter.orderKind ?? '',
    courtId: filter.courtId ?? '',
    locality: filter.locality ?? '',
    sort: filter.sort ?? 'newest',
  };
}

/** The URL query for a form value: empty fields and the default sort are left out. */
export function paramsOfForm(value: CaseloadFormValue): Params {
  const q = value.q.trim();
  return {
    q: q.length >= SEARCH_MIN_LENGTH ? q : null,
    stage: value.stage || null,
    orderKind: value.orderKind || null,
    courtId: value.courtId.trim() || null,
    locality: value.locality.trim() || null,
    sort: value.sort === 'newest' ? null : value.sort,
  };
}
