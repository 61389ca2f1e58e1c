import { toEpochMinutes } from '@haven/rules';

/** One event of a feed: a civil date (all day) or a Virginia wall-clock time. */
export interface FeedEvent {
  uid: string;
  date: string;
  /** 'HH:MM' in Virginia, or null for an all-day event. */
  time: string | null;
  durationMinutes: number;
  summary: string;
  description: string;
  /** Hearings block time; deadlines and tasks are markers on the day. */
  busy: boolean;
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function dateValue(date: string): string {
  return date.replace(/-/g, '');
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF and one space), never mid-character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * An iCalendar document (RFC 5545). Timed events are written in UTC, converted from Virginia's
 * wall clock by the rules library (which knows each DST change), so every client shows the hearing
 * at the court's local time wherever the phone is; dates without a time are all-day VALUE=DATE
 * events, which no client shifts across a time zone.
 */
export function writeCalendar(name: string, events: FeedEvent[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Haven//Calendar feed//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  const stamp = utcStamp(now);
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp}`);
    if (e.time) {
      const start = new Date(toEpochMinutes({ date: e.date, time: e.time }) * 60_000);
      const end = new Date(start.getTime() + e.durationMinutes * 60_000);
      lines.push(`DTSTART:${utcStamp(start)}`, `DTEND:${utcStamp(end)}`);
    } else {
      lines.push(
        `DTSTART;VALUE=DATE:${dateValue(e.date)}`,
        `DTEND;VALUE=DATE:${dateValue(nextDay(e.date))}`,
      );
    }
    lines.push(
      `SUMMARY:${text(e.summary)}`,
      `DESCRIPTION:${text(e.description)}`,
      'CLASS:PRIVATE',
      `TRANSP:${e.busy ? 'OPAQUE' : 'TRANSPARENT'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
