/** What a court choice lists: an id to store and a name to read and search. */
export interface CourtChoice {
  id: string;
  name: string;
  /** Words that also find it: the localities it serves, its kind. */
  also: string;
}

/**
 * The choices whose name or localities contain every word typed, in any order and case
 * ("roanoke jdr", "fairfax circuit"); at most `limit`, names first matched at their start.
 */
export function searchCourts(
  choices: readonly CourtChoice[],
  query: string,
  limit = 40,
): CourtChoice[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return choices.slice(0, limit);
  }
  const hits = choices.filter((c) => {
    const text = `${c.name} ${c.also} ${c.id}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const first = words[0] ?? '';
  hits.sort(
    (a, b) =>
      Number(!a.name.toLowerCase().startsWith(first)) -
        Number(!b.name.toLowerCase().startsWith(first)) || a.name.localeCompare(b.name),
  );
  return hits.slice(0, limit);
}
