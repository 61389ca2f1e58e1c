import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, shareReplay, tap } from 'rxjs';

import type {
  CourtDirectoryResponse,
  CourtLocalityResponse,
  CourtResponse,
  UpdateCourtLocalityRequest,
  UpdateCourtRequest,
} from '@haven/contracts';

/**
 * The Virginia court directory, loaded once per session for every searchable court choice (the
 * records keep the court's id; people choose and read its name). Admins' corrections replace it.
 */
@Injectable({ providedIn: 'root' })
export class CourtDirectoryService {
  private readonly http = inject(HttpClient);
  private readonly state = signal<CourtDirectoryResponse | null>(null);
  private request: Observable<CourtDirectoryResponse> | null = null;

  readonly courts = computed<readonly CourtResponse[]>(() => this.state()?.courts ?? []);
  readonly localities = computed<readonly CourtLocalityResponse[]>(
    () => this.state()?.localities ?? [],
  );
  private readonly byId = computed(() => new Map(this.courts().map((c) => [c.id, c])));
  private readonly localityById = computed(() => new Map(this.localities().map((l) => [l.id, l])));

  /** Loads the directory unless it is loaded or loading; safe to call from every field. */
  ensureLoaded(): void {
    if (this.state() !== null || this.request !== null) {
      return;
    }
    this.request = this.http.get<CourtDirectoryResponse>('/api/courts').pipe(
      tap({
        next: (directory) => this.state.set(directory),
        error: () => (this.request = null),
      }),
      shareReplay(1),
    );
    this.request.subscribe({ error: () => undefined });
  }

  court(id: string | null | undefined): CourtResponse | undefined {
    return id ? this.byId().get(id) : undefined;
  }

  /** The court's name, or its id when the directory does not know it (an older record). */
  courtName(id: string | null | undefined): string {
    return (id && this.byId().get(id)?.name) || id || '';
  }

  locality(id: string): CourtLocalityResponse | undefined {
    return this.localityById().get(id);
  }

  updateCourt(id: string, body: UpdateCourtRequest): Observable<CourtResponse> {
    return this.http
      .patch<CourtResponse>(`/api/courts/${encodeURIComponent(id)}`, body)
      .pipe(tap(() => this.reload()));
  }

  updateLocality(id: string, body: UpdateCourtLocalityRequest): Observable<CourtLocalityResponse> {
    return this.http
      .patch<CourtLocalityResponse>(`/api/courts/localities/${encodeURIComponent(id)}`, body)
      .pipe(tap(() => this.reload()));
  }

  private reload(): void {
    this.state.set(null);
    this.request = null;
    this.ensureLoaded();
  }
}
