import type { CalendarItemKind } from '@haven/contracts';

import type { HavenIcon } from '../../core/icons/haven-icons';

const KINDS = {
  hearing: { label: 'Hearing', icon: 'gavel' },
  order_expiry: { label: 'Order expires', icon: 'event_busy' },
  file_by: { label: 'File by', icon: 'description' },
  deadline: { label: 'Deadline', icon: 'schedule' },
} satisfies Record<CalendarItemKind, { label: string; icon: HavenIcon }>;

/** The words (always shown) and the icon (decoration only) of a calendar entry's kind. */
export function calendarKind(kind: CalendarItemKind): { label: string; icon: HavenIcon } {
  return Object.hasOwn(KINDS, kind) ? KINDS[kind] : { label: 'Deadline', icon: 'schedule' };
}
