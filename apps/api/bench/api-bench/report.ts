import type { BenchRole } from './endpoints';
import type { Measurement } from './measure';

export interface EndpointResult {
  name: string;
  role: BenchRole;
  path: string;
  targetP95: number | null;
  within20PercentOf: string | null;
  connections: number;
  /** Statements the API sent for one request (and the baseline replays). */
  statements: number;
  /** Round trips they took: a statement written behind an unanswered one shares its trip. */
  roundTrips: number;
  responseBytes: number;
  haven: Measurement;
  baseline: Measurement;
}

export interface JudgedResult extends EndpointResult {
  /** Haven's requests per second over the baseline's. */
  throughputRatio: number;
  verdict: 'PASS' | 'FAIL' | 'INFO';
  reasons: string[];
}

/** Issue 18's targets: p95 per screen, no error, >= 70 % of the baseline, deep pages flat. */
export function verdicts(results: EndpointResult[]): JudgedResult[] {
  const byName = new Map(results.map((r) => [r.name, r]));
  return results.map((r) => {
    const reasons: string[] = [];
    // No baseline response in the window: there is nothing to compare with.
    const ratio =
      r.baseline.requests > 0
        ? r.haven.requestsPerSecond / r.baseline.requestsPerSecond
        : Number.NaN;
    if (r.targetP95 !== null && r.haven.p95 > r.targetP95)
      reasons.push(`p95 ${r.haven.p95.toFixed(0)} ms > ${r.targetP95} ms`);
    if (r.haven.requests === 0)
      reasons.push('no response completed within the run (each took longer, or timed out)');
    if (r.haven.errors > 0) reasons.push(`${r.haven.errors} errors (${r.haven.firstError})`);
    if (r.baseline.errors > 0)
      reasons.push(`baseline had ${r.baseline.errors} errors (${r.baseline.firstError})`);
    if (Number.isNaN(ratio)) reasons.push('no baseline response to compare with');
    else if (ratio < 0.7)
      reasons.push(`throughput ${(ratio * 100).toFixed(0)} % of bare pg < 70 %`);
    const first = r.within20PercentOf ? byName.get(r.within20PercentOf) : undefined;
    if (first && r.haven.p95 > first.haven.p95 * 1.2)
      reasons.push(`p95 more than 20 % above "${first.name}"`);
    const judged = r.targetP95 !== null || first !== undefined;
    return {
      ...r,
      throughputRatio: ratio,
      verdict: reasons.length > 0 ? 'FAIL' : judged ? 'PASS' : 'INFO',
      reasons,
    };
  });
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '-');
const kb = (n: number) => (n >= 1024 ? `${(n / 1024).toFixed(1)}k` : String(Math.round(n)));

export function printTable(
  results: JudgedResult[],
  run: { cases: number; seconds: number; load: [number[], number[]] },
): void {
  const header = [
    'endpoint',
    'as',
    'p50',
    'p95',
    'p99',
    'req/s',
    'size',
    'stmts',
    'trips',
    'bare p50',
    'bare p95',
    'bare req/s',
    'ratio',
    'target',
    'verdict',
  ];
  const rows = results.map((r) => [
    r.name,
    r.role.slice(0, 3),
    ms(r.haven.p50),
    ms(r.haven.p95),
    ms(r.haven.p99),
    r.haven.requestsPerSecond.toFixed(0),
    kb(r.responseBytes),
    String(r.statements),
    String(r.roundTrips),
    ms(r.baseline.p50),
    ms(r.baseline.p95),
    r.baseline.requestsPerSecond.toFixed(0),
    Number.isNaN(r.throughputRatio) ? '-' : `${(r.throughputRatio * 100).toFixed(0)}%`,
    r.targetP95 === null ? '-' : `${r.targetP95}`,
    r.verdict + (r.reasons.length > 0 ? ` (${r.reasons.join('; ')})` : ''),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
      )
      .join('  ');
  console.log('');
  console.log(
    `bench:api  ${run.cases} cases, ${run.seconds} s per endpoint and side; ms; ratio = Haven req/s / bare pg req/s`,
  );
  console.log(
    `           load average ${run.load[0].map((n) => n.toFixed(1)).join(' ')} before, ${run.load[1].map((n) => n.toFixed(1)).join(' ')} after, on this machine's cores: above the core count, other work competed (figures under load)`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const failed = results.filter((r) => r.verdict === 'FAIL').length;
  console.log(`bench:api  ${failed === 0 ? 'PASS' : `FAIL (${failed} of ${results.length})`}`);
}
