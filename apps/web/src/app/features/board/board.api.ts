import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  AtRiskResponse,
  BoardDays,
  BoardItemsResponse,
  BoardResponse,
  ReassignTaskRequest,
  TaskResponse,
} from '@haven/contracts';

@Injectable({ providedIn: 'root' })
export class BoardApi {
  private readonly http = inject(HttpClient);

  /** Every advocate's counts and first page of the deadlines and tasks due within `days`. */
  board(days: BoardDays): Observable<BoardResponse> {
    return this.http.get<BoardResponse>('/api/board', {
      params: new HttpParams().set('days', days),
    });
  }

  /** The next page of a group: `cursor` is the group's (or the last page's) `nextCursor`. */
  moreItems(days: BoardDays, cursor: string): Observable<BoardItemsResponse> {
    return this.http.get<BoardItemsResponse>('/api/board/items', {
      params: new HttpParams().set('days', days).set('cursor', cursor),
    });
  }

  /**
   * A page of the orders whose protection is at risk, each with the rules that make it urgent;
   * `after` is the previous page's `nextCursor`.
   */
  atRisk(page: { after?: string; courtDays?: number } = {}): Observable<AtRiskResponse> {
    let params = new HttpParams();
    if (page.courtDays !== undefined) params = params.set('courtDays', page.courtDays);
    if (page.after !== undefined) params = params.set('after', page.after);
    return this.http.get<AtRiskResponse>('/api/board/at-risk', { params });
  }

  /** Supervisors only; 400 names `assigneeId` when the person cannot take the task. */
  reassign(taskId: string, body: ReassignTaskRequest): Observable<TaskResponse> {
    return this.http.put<TaskResponse>(`/api/tasks/${encodeURIComponent(taskId)}/assignee`, body);
  }
}
