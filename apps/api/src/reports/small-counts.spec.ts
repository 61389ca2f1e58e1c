import type { SectionDefinition } from './report-definition';
import { cellKey, TOTAL, type SectionCounts } from './report-engine';
import { withheldCells } from './small-counts';

/** A section of rows × columns from a table of counts (absent: zero). */
function section(
  columns: string[],
  table: Record<string, number[]>,
  withTotal = true,
): SectionCounts {
  const counts = new Map<string, number>();
  for (const [row, values] of Object.entries(table)) {
    values.forEach((v, i) => counts.set(cellKey(row, columns[i] as string), v));
  }
  const rows = Object.keys(table)
    .filter((k) => k !== TOTAL || withTotal)
    .map((key) => ({ key, label: key, values: [key] }));
  return {
    section: {} as SectionDefinition,
    rows,
    columns: columns.map((key) => ({ key, label: key })),
    counts,
  };
}

const shown = (s: SectionCounts, threshold = 5) =>
  Object.fromEntries(withheldCells(s, threshold).entries());

describe('small counts a report withholds', () => {
  it('withholds nothing when the organisation shows every count (threshold 0)', () => {
    expect(shown(section(['all'], { a: [1], [TOTAL]: [1] }), 0)).toEqual({});
  });

  it('hides a count under the threshold, never a zero', () => {
    expect(shown(section(['all'], { a: [3], b: [0], c: [9] }, false))).toEqual({
      [cellKey('a', 'all')]: 'small',
    });
  });

  it('hides a second count when the total would give the hidden one away (new 12, continuing 3)', () => {
    expect(shown(section(['all'], { new: [12], continuing: [3], [TOTAL]: [15] }))).toEqual({
      [cellKey('continuing', 'all')]: 'small',
      [cellKey('new', 'all')]: 'complementary',
    });
  });

  it('hides the smallest other count, or the total when no other count is above zero', () => {
    expect(shown(section(['all'], { a: [2], b: [40], c: [9], d: [0], [TOTAL]: [51] }))).toEqual({
      [cellKey('a', 'all')]: 'small',
      [cellKey('c', 'all')]: 'complementary',
    });
    expect(shown(section(['all'], { a: [2], b: [0], [TOTAL]: [2] }))).toEqual({
      [cellKey('a', 'all')]: 'small',
      [cellKey(TOTAL, 'all')]: 'small',
    });
    expect(shown(section(['all'], { a: [6], b: [0], [TOTAL]: [6] }))).toEqual({});
    // Rows that do not add up to the total (3 of 8) give the hidden one away no more than it is.
    expect(shown(section(['all'], { a: [3], b: [0], c: [0], [TOTAL]: [8] }, true))).toEqual({
      [cellKey('a', 'all')]: 'small',
    });
  });

  it('leaves a multi-select column alone: its rows do not add up to the total', () => {
    // Race: one person may count in two rows, so 7 + 2 ≠ 8 gives nothing away.
    expect(shown(section(['all'], { white: [7], asian: [2], [TOTAL]: [8] }))).toEqual({
      [cellKey('asian', 'all')]: 'small',
    });
  });

  it('needs nothing more when two counts of a column are hidden', () => {
    expect(shown(section(['all'], { a: [2], b: [3], c: [20], [TOTAL]: [25] }))).toEqual({
      [cellKey('a', 'all')]: 'small',
      [cellKey('b', 'all')]: 'small',
    });
  });

  it("withholds a median measured over fewer people than the threshold: it is one person's days", () => {
    expect(
      shown(
        section(
          ['median_days', 'count'],
          {
            petition_to_final_order: [31.5, 2],
            failed_service_to_personal: [7, 12],
          },
          false,
        ),
      ),
    ).toEqual({
      [cellKey('petition_to_final_order', 'count')]: 'small',
      [cellKey('petition_to_final_order', 'median_days')]: 'small',
    });
  });
});
