import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Clipboard } from '@angular/cdk/clipboard';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { CalendarFeedSummary } from '@haven/contracts';

import { CalendarFeedsApi } from './calendar-feeds.api';

/**
 * A user's secret calendar feeds: create one (its address is shown once, to copy into a calendar
 * app), see the live ones and revoke any. The address is kept only in this page's memory.
 */
@Component({
  selector: 'hv-calendar-feeds-page',
  imports: [DatePipe, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule],
  templateUrl: './calendar-feeds-page.component.html',
  styleUrl: './calendar-feeds-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeedsPageComponent {
  private readonly api = inject(CalendarFeedsApi);
  private readonly clipboard = inject(Clipboard);
  protected readonly feeds = signal<CalendarFeedSummary[]>([]);
  protected readonly created = signal<{ id: string; url: string } | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = signal('');

  constructor() {
    this.load();
  }

  protected create(): void {
    this.busy.set(true);
    this.api.create().subscribe({
      next: (feed) => {
        this.created.set({ id: feed.id, url: `${window.location.origin}${feed.path}` });
        this.status.set('Feed created. Copy its address now: it will not be shown again.');
        this.busy.set(false);
        this.load();
      },
      error: () => this.busy.set(false),
    });
  }

  protected copy(url: string): void {
    this.status.set(
      this.clipboard.copy(url) ? 'Address copied.' : 'Copy failed: select the address and copy it.',
    );
  }

  protected revoke(feed: CalendarFeedSummary): void {
    this.busy.set(true);
    this.api.revoke(feed.id).subscribe({
      next: () => {
        if (this.created()?.id === feed.id) this.created.set(null);
        this.status.set('Feed revoked: calendars using it stop updating.');
        this.busy.set(false);
        this.load();
      },
      error: () => this.busy.set(false),
    });
  }

  private load(): void {
    this.api.list().subscribe((res) => this.feeds.set(res.feeds));
  }
}
