// A calendar feed's token is its only credential and travels in the path (calendar apps drop
// query strings and headers); no log line, audit route or error may carry it (security-checks E4).
const FEED_TOKEN = /^(\/api\/calendar-feed\/)[^/?]+/;

/** The path with any secret it carries replaced, for logs and audit rows. */
export function redactSecretPath(path: string): string {
  return path.replace(FEED_TOKEN, '$1[redacted]');
}
