import type { ReportSection } from '@haven/contracts';

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP):
// such a cell is written with a leading apostrophe, which shows the text as typed.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: neutralised, then quoted when it holds a separator, quote or line break. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The counts of a report as CSV: one block per section, counts only, never an identifier. */
export function reportCsv(title: string, periodLabel: string, sections: ReportSection[]): string {
  const lines: string[][] = [[title], [periodLabel]];
  for (const section of sections) {
    lines.push([], [section.title], [section.counting, ...section.columns.map((c) => c.label)]);
    for (const row of section.rows) lines.push([row.label, ...row.cells.map((c) => c.display)]);
  }
  return `${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}
