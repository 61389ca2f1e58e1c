import { cellKey, TOTAL, type SectionCounts } from './report-engine';

/** How a withheld cell shows: under the threshold, or withheld to protect one that is. */
export type Withheld = 'small' | 'complementary';

/**
 * The cells of a section a report must not show (security-checks E5: counts under the threshold
 * show as "<N"). Hiding the small cell alone is not enough, so two more kinds are withheld:
 * - a median whose row counts fewer than the threshold: of one service it is that person's days;
 * - in a column whose rows add up to its shown total, a second cell when only one is hidden (the
 *   smallest count above zero, else the total), so the hidden one is not the total less the rest.
 *   A multi-select column (race, victimisation) does not add up and needs none.
 */
export function withheldCells(counts: SectionCounts, threshold: number): Map<string, Withheld> {
  const withheld = new Map<string, Withheld>();
  if (threshold <= 0) return withheld;
  const countColumns = counts.columns.filter((c) => c.key !== 'median_days');
  const value = (row: string, column: string) => counts.counts.get(cellKey(row, column)) ?? 0;
  for (const row of counts.rows) {
    for (const column of countColumns) {
      const v = value(row.key, column.key);
      if (v > 0 && v < threshold) withheld.set(cellKey(row.key, column.key), 'small');
    }
    const rowHidden = countColumns.some((c) => withheld.has(cellKey(row.key, c.key)));
    if (rowHidden && counts.columns.some((c) => c.key === 'median_days')) {
      withheld.set(cellKey(row.key, 'median_days'), 'small');
    }
  }
  const parts = counts.rows.filter((r) => r.key !== TOTAL);
  if (parts.length === counts.rows.length) return withheld;
  for (const column of countColumns) {
    const key = (row: string) => cellKey(row, column.key);
    const total = value(TOTAL, column.key);
    const sum = parts.reduce((s, r) => s + value(r.key, column.key), 0);
    if (sum !== total || withheld.has(key(TOTAL))) continue;
    const hidden = parts.filter((r) => withheld.has(key(r.key)));
    if (hidden.length !== 1) continue;
    const next = parts
      .filter((r) => !withheld.has(key(r.key)) && value(r.key, column.key) > 0)
      .sort((a, b) => value(a.key, column.key) - value(b.key, column.key))[0];
    withheld.set(key(next?.key ?? TOTAL), 'complementary');
  }
  return withheld;
}
