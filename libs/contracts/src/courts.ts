/** What a court of the directory is: a JDR or general district court, one combined district court sitting for both, a circuit court, or a magistrate's office. */
export type DirectoryCourtKind = 'JDR' | 'GDC' | 'COMBINED' | 'CIRCUIT' | 'MAGISTRATE';

/** One court of the Virginia court directory; `id` is the slug every record stores. */
export interface CourtResponse {
  id: string;
  kind: DirectoryCourtKind;
  name: string;
  address: string | null;
  phone: string | null;
  active: boolean;
  /** The localities this court serves (ids), from the locality table. */
  localityIds: string[];
}

/** A county or independent city and the courts that serve it. */
export interface CourtLocalityResponse {
  id: string;
  name: string;
  kind: 'county' | 'city';
  jdrCourtId: string;
  gdcCourtId: string;
  circuitCourtId: string;
  magistrateCourtId: string;
}

/** GET /api/courts: every court and every locality, for the searchable court choices. */
export interface CourtDirectoryResponse {
  courts: CourtResponse[];
  localities: CourtLocalityResponse[];
}

/** POST /api/courts (admin): a court the shipped directory lacks. */
export interface CreateCourtRequest {
  id: string;
  kind: DirectoryCourtKind;
  name: string;
  address?: string | null;
  phone?: string | null;
}

/** PATCH /api/courts/:courtId (admin): correct a court's name, address, phone or retire it. */
export interface UpdateCourtRequest {
  name?: string;
  address?: string | null;
  phone?: string | null;
  active?: boolean;
}

/** PATCH /api/courts/localities/:localityId (admin): which courts serve a locality. */
export interface UpdateCourtLocalityRequest {
  jdrCourtId?: string;
  gdcCourtId?: string;
  circuitCourtId?: string;
  magistrateCourtId?: string;
}
