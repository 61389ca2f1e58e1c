import autocannon from 'autocannon';

export interface Measurement {
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  /** Mean response body and headers per request, bytes. */
  bytesPerResponse: number;
  requests: number;
  errors: number;
  /** The first failure seen (status or socket error), to say why there were errors. */
  firstError: string | null;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

/**
 * Loads one URL with autocannon for `seconds` after a short warm-up, and takes the percentiles
 * from every response's own time (autocannon's summary has p97.5 but no p95).
 */
export async function measure(
  url: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
): Promise<Measurement> {
  await autocannon({ url, headers, connections, duration: Math.max(1, Math.round(seconds / 4)) });
  const times: number[] = [];
  const run = autocannon({ url, headers, connections, duration: seconds });
  let firstError: string | null = null;
  run.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    times.push(ms);
    if (status >= 300 && firstError === null) firstError = `HTTP ${status}`;
  });
  run.on('reqError', (err: Error) => {
    firstError ??= err.message;
  });
  const result = await run;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requestsPerSecond: result.requests.total / Math.max(result.duration, 0.001),
    bytesPerResponse:
      result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    firstError,
  };
}
