import type { ConflictHit } from '@haven/contracts';

import { nameKey } from '@api/parties/name-key';
import type { PartyMatch } from '@api/parties/parties.repository';

/** A new party as entered at intake. */
export interface Candidate {
  fullName: string;
  dateOfBirth?: string;
  aliases?: string[];
}

/** Every name a candidate goes by, normalised. */
export function candidateKeys(candidate: Candidate): string[] {
  return [
    ...new Set(
      [candidate.fullName, ...(candidate.aliases ?? [])].map(nameKey).filter((k) => k.length > 0),
    ),
  ];
}

/**
 * Whether an existing party is the candidate: a shared name or alias, unless both dates of birth
 * are known and differ (then they are two people with one name).
 */
export function toHit(
  party: ConflictHit['party'],
  candidate: Candidate,
  match: PartyMatch,
): ConflictHit | null {
  const keys = candidateKeys(candidate);
  const nameMatch = keys.includes(match.nameKey);
  const aliasMatch =
    match.aliasKeys.some((k) => keys.includes(k)) || keys.slice(1).includes(match.nameKey);
  if (!nameMatch && !aliasMatch) return null;
  if (candidate.dateOfBirth && match.dateOfBirth && candidate.dateOfBirth !== match.dateOfBirth)
    return null;
  const matchedOn: ConflictHit['matchedOn'] = [];
  if (keys[0] === match.nameKey) matchedOn.push('name');
  if (aliasMatch || (nameMatch && keys[0] !== match.nameKey)) matchedOn.push('alias');
  if (candidate.dateOfBirth && candidate.dateOfBirth === match.dateOfBirth)
    matchedOn.push('date_of_birth');
  return {
    party,
    matchedRole: match.role,
    matchedName: match.fullName,
    matchedOn,
    caseReferences: match.caseReferences,
  };
}
