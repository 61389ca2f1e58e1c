import { CASE_SEARCH_COUNT_CAP, type CaseListResponse } from '@haven/contracts';

import {
  cappedMatchCountQuery,
  dueSoonQuery,
  isNarrowed,
  searchSummaryQuery,
  type CasePageOptions,
  type Params,
  type Sql,
} from './caseload-query';

/** The one row of counts a caseload page's statement carries beside the page's rows. */
export interface CaseloadCounts {
  matches?: number;
  overdue?: number;
  dueWithin7Days?: number;
}

/** Writes the counts' query into the page statement's parameters. */
export type CaseloadCountsQuery = (p: Params) => Sql;

/** What a caseload page counts, and how the counts become the response's summary. */
export interface CaseloadCountsPlan {
  /** Null when nothing needs counting. */
  query: CaseloadCountsQuery | null;
  summary(counts: CaseloadCounts | null): Pick<CaseListResponse, 'dueSoon' | 'searchMatches'>;
}

const dueSoonOf = (counts: CaseloadCounts | null) => ({
  overdue: Number(counts?.overdue ?? 0),
  dueWithin7Days: Number(counts?.dueWithin7Days ?? 0),
});

/**
 * The due-soon summary, and with a search the capped count of its matches. A search with more
 * matches than the cap has no due-soon summary: counting its deadlines would read every match,
 * which is what its page avoids; and unless something else narrows the caseload, nothing is
 * counted, since the organisation's caseload then holds more than the cap too.
 */
export function caseloadCounts(
  organisationId: string,
  options: CasePageOptions,
  today: string,
  weekAhead: string,
): CaseloadCountsPlan {
  const search = options.search;
  if (!search) {
    return {
      query: (p) => dueSoonQuery(organisationId, options, today, weekAhead, p),
      summary: (counts) => ({ dueSoon: dueSoonOf(counts), searchMatches: null }),
    };
  }
  if (search.kind !== 'text') {
    return {
      query: (p) => searchSummaryQuery(organisationId, { ...options, search }, today, weekAhead, p),
      summary: (counts) => ({
        dueSoon: dueSoonOf(counts),
        searchMatches: { count: Number(counts?.matches ?? 0), more: false },
      }),
    };
  }
  const capped = (matches: number) => ({
    dueSoon: null,
    searchMatches: {
      count: Math.min(matches, CASE_SEARCH_COUNT_CAP),
      more: matches > CASE_SEARCH_COUNT_CAP,
    },
  });
  if (!isNarrowed(options)) {
    return { query: null, summary: () => capped(CASE_SEARCH_COUNT_CAP + 1) };
  }
  return {
    query: (p) =>
      cappedMatchCountQuery(organisationId, { ...options, search }, CASE_SEARCH_COUNT_CAP + 1, p),
    summary: (counts) => capped(Number(counts?.matches ?? 0)),
  };
}
