/** A cell as the row sources produce it: numbers stay numbers, everything else is text. */
export type Cell = string | number | boolean | null;

// A spreadsheet treats a cell starting with one of these as a formula (or, for tab and CR, lets a
// later character do so after trimming); NUL truncates in some readers (security-checks E1).
const FORMULA_LEAD = new Set(['=', '+', '-', '@', '\t', '\r', '\0']);

/**
 * Text that a spreadsheet will show as text: a leading apostrophe on anything formula-like
 * (OWASP CSV injection; ASVS 5.0 1.2.10). Numbers and booleans are left alone, so a negative
 * amount stays a number rather than becoming "'-5".
 */
export function neutralise(value: Cell): Cell {
  if (typeof value !== 'string' || value.length === 0) return value;
  return FORMULA_LEAD.has(value.charAt(0)) ? `'${value}` : value;
}
