import COMMON_PASSWORDS from './common-passwords.json';

/**
 * The 49,233 most common passwords of zxcvbn's list (built from real breach corpora; MIT, see
 * common-passwords.LICENSE.txt), lower-cased and NFKC-normalised.
 */
const BLOCKLIST: ReadonlySet<string> = new Set(COMMON_PASSWORDS as string[]);

export const MIN_LENGTH = 15;
/** With a second factor the password is not the only secret (decision D1). */
export const MIN_LENGTH_WITH_SECOND_FACTOR = 12;
/** Far above any passphrase; only caps the work the hasher is given. */
export const MAX_LENGTH = 1024;

/** Words a guesser tries first for this user: organisation, name, e-mail, the product. */
export interface PasswordContext {
  organisationName: string;
  displayName: string;
  email: string;
  hasSecondFactor: boolean;
}

/**
 * NIST SP 800-63B §3.1.1.2 (security-checks B2): length counted in code points after NFKC (so
 * Unicode and spaces are welcome and nothing is truncated), no composition rules, refused when on
 * the common-password list or built from a listed password or the context words plus digits and
 * symbols. Answers why it is refused, or null when it is acceptable.
 */
export function passwordProblem(password: string, context: PasswordContext): string | null {
  const normalised = password.normalize('NFKC');
  const length = [...normalised].length;
  const min = context.hasSecondFactor ? MIN_LENGTH_WITH_SECOND_FACTOR : MIN_LENGTH;
  if (length < min) return `must be at least ${min} characters`;
  if (length > MAX_LENGTH) return `must be at most ${MAX_LENGTH} characters`;
  const lower = normalised.toLowerCase();
  const compact = lower.replace(/\s+/gu, '');
  if (BLOCKLIST.has(lower) || BLOCKLIST.has(compact)) return 'is a commonly used password';
  // What is left when digits, punctuation and spaces go: "Password!2024-2025" → "password".
  const letters = lower.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && (BLOCKLIST.has(letters) || isRepetitionOfListed(letters))) {
    return 'is a commonly used password with numbers or symbols added';
  }
  const words = contextWords(context);
  const rest = words.reduce((left, word) => left.split(word).join(''), letters);
  if (rest.length < 6 && rest.length < letters.length) {
    return 'is too close to your name, e-mail or organisation';
  }
  if (new Set(compact).size < 4) return 'repeats too few different characters';
  return null;
}

/** "passwordpassword", "dragondragondragon": a listed password repeated. */
function isRepetitionOfListed(letters: string): boolean {
  for (let size = 3; size <= letters.length / 2; size += 1) {
    if (letters.length % size !== 0) continue;
    const unit = letters.slice(0, size);
    if (unit.repeat(letters.length / size) === letters && BLOCKLIST.has(unit)) return true;
  }
  return false;
}

function contextWords(context: PasswordContext): string[] {
  const [local = '', domain = ''] = context.email.toLowerCase().split('@');
  const sources = [
    context.organisationName,
    context.displayName,
    local,
    ...domain.split('.').slice(0, -1),
    'haven',
  ];
  const words = new Set<string>();
  for (const source of sources) {
    const lower = source.normalize('NFKC').toLowerCase();
    const joined = lower.replace(/[^\p{L}]/gu, '');
    if (joined.length >= 3) words.add(joined);
    for (const part of lower.split(/[^\p{L}]+/u)) if (part.length >= 3) words.add(part);
  }
  // Longest first, so "blueridge" goes before "blue" would leave "ridge" behind.
  return [...words].sort((a, b) => b.length - a.length);
}
