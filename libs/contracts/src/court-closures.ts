/** Closures the court calendar cannot derive (rules-spec §2.1). */
export type CourtClosureKind = 'governor_or_president_day' | 'clerk_closure' | 'court_closure';

/**
 * POST /api/court-closures body. `courtIds` and `localityIds` both absent or null: statewide. A
 * locality stands for every court that serves it (court directory).
 */
export interface CreateCourtClosureRequest {
  closedOn: string;
  courtIds?: string[] | null;
  localityIds?: string[] | null;
  allDay: boolean;
  kind: CourtClosureKind;
  name: string;
  authority: string;
}

/** GET /api/court-closures query: an inclusive date range. */
export interface ListCourtClosuresQuery {
  from?: string;
  to?: string;
}

/** One entered closure. */
export interface CourtClosureResponse {
  id: string;
  closedOn: string;
  courtIds: string[] | null;
  localityIds: string[] | null;
  allDay: boolean;
  kind: CourtClosureKind;
  name: string;
  authority: string;
  createdAt: string;
}

/** GET /api/court-closures, by date. */
export interface CourtClosureListResponse {
  items: CourtClosureResponse[];
}

/** POST /api/court-closures: the closure, and how many open cases had their deadlines recomputed. */
export interface CourtClosureCreatedResponse {
  closure: CourtClosureResponse;
  recomputedCases: number;
}

/** DELETE /api/court-closures/:closureId. */
export interface CourtClosureDeletedResponse {
  id: string;
  recomputedCases: number;
}
