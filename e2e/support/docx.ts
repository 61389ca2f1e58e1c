// Dates as the letters write them, to look for in a downloaded document (its text is read by
// @haven/testing/documents, the reader the API's document tests use too).
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ES_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** 'YYYY-MM-DD' as an English letter writes it: 'December 5, 2026'. */
export function englishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${EN_MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
}

/** 'YYYY-MM-DD' as a Spanish letter writes it: '5 de diciembre de 2026'. */
export function spanishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} de ${ES_MONTHS[(m ?? 1) - 1]} de ${y}`;
}
