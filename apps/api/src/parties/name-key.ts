/**
 * The form names are compared in for conflict checks: accents, case, punctuation and spacing do
 * not matter ("Zoë O'Neil-Park" = "zoe oneil park").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
