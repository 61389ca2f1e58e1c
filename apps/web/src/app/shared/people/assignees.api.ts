import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { AssigneeListResponse } from '@haven/contracts';

/**
 * The people work can be given to (active advocates and supervisors, `case:assign`): a case's
 * advocates, a task's assignee, and whose cases a supervisor's calendar shows.
 */
@Injectable({ providedIn: 'root' })
export class AssigneesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<AssigneeListResponse> {
    return this.http.get<AssigneeListResponse>('/api/users/assignable');
  }
}
