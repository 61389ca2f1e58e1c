import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { PlannedReminderListResponse, TaskListResponse, TaskResponse } from '@haven/contracts';

export const TASKS_PAGE_SIZE = 50;

@Injectable({ providedIn: 'root' })
export class TasksApi {
  private readonly http = inject(HttpClient);

  /** The caller's own open tasks, by due date (so overdue ones come first). */
  mine(cursor: string | null): Observable<TaskListResponse> {
    let params = new HttpParams()
      .set('assignee', 'me')
      .set('status', 'open')
      .set('limit', TASKS_PAGE_SIZE);
    if (cursor !== null) {
      params = params.set('cursor', cursor);
    }
    return this.http.get<TaskListResponse>('/api/tasks', { params });
  }

  /** Reminders planned for the caller's cases (or one case), not yet due, soonest first. */
  planned(caseId?: string): Observable<PlannedReminderListResponse> {
    const params = caseId ? new HttpParams().set('caseId', caseId) : undefined;
    return this.http.get<PlannedReminderListResponse>('/api/tasks/planned', { params });
  }

  /** 409 TASK_NOT_OPEN when someone finished or cancelled it first. */
  complete(taskId: string): Observable<TaskResponse> {
    return this.http.post<TaskResponse>(`/api/tasks/${encodeURIComponent(taskId)}/complete`, null);
  }
}
