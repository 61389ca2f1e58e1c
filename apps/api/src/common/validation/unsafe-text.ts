import type { FieldError } from '@haven/contracts';

const CONTROL = 'must not contain control characters';
const LONE_SURROGATE = 'must not contain a lone UTF-16 surrogate';

/**
 * Why a string may not be accepted as text, or null when it may. Refused: C0 control characters
 * other than tab, line feed and carriage return (PostgreSQL cannot store NUL in text at all, and
 * the others have no place in a name, a court id or a note), and a surrogate without its pair,
 * which has no UTF-8 form, so the driver would silently store U+FFFD in its place.
 */
export function unsafeTextProblem(text: string): string | null {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) return CONTROL;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return LONE_SURROGATE;
      i += 1;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return LONE_SURROGATE;
    }
  }
  return null;
}

/**
 * Every string in a parsed request body or query (values and property names alike) that may not
 * be accepted as text, named by its dotted path (`client.aliases.1`), and every property with an
 * empty name, named by the object that holds it (`root` at the top): no request has such a field,
 * and an error naming the field `` would name nothing. The walk keeps its own queue instead of
 * recursing, so no input can exhaust the stack.
 */
export function findUnsafeText(value: unknown, root: string): FieldError[] {
  const found: FieldError[] = [];
  const queue: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  // The array iterator also visits what the loop appends, so the queue is read breadth-first.
  for (const { value: item, path } of queue) {
    if (typeof item === 'string') {
      const problem = unsafeTextProblem(item);
      if (problem) found.push({ field: path || root, message: problem });
    } else if (Array.isArray(item)) {
      item.forEach((element, index) => queue.push({ value: element, path: join(path, index) }));
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, member] of Object.entries(item)) {
        const field = join(path, key);
        const problem = unsafeTextProblem(key);
        if (key === '') found.push({ field: path || root, message: EMPTY_NAME });
        else if (problem) found.push({ field, message: `its name ${problem}` });
        queue.push({ value: member, path: field });
      }
    }
  }
  return found;
}

const EMPTY_NAME = 'must not have a property with an empty name';

function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

/**
 * A copy of a parsed body or query with every unsafe code unit taken out of its strings and every
 * property whose name is unsafe or empty left out, for validators that must not see them (some
 * throw instead of refusing); what was taken out is reported by findUnsafeText. Iterative, like
 * findUnsafeText, so no input can exhaust the stack.
 */
export function withoutUnsafeText(value: unknown): unknown {
  const root: { value: unknown } = { value: undefined };
  const queue: Array<{
    from: unknown;
    into: Record<string, unknown> | unknown[];
    key: string | number;
  }> = [{ from: value, into: root as unknown as Record<string, unknown>, key: 'value' }];
  for (const { from, into, key } of queue) {
    let copy: unknown = from;
    if (typeof from === 'string') {
      copy = unsafeTextProblem(from) ? stripUnsafe(from) : from;
    } else if (Array.isArray(from)) {
      const list: unknown[] = [];
      from.forEach((element, index) => queue.push({ from: element, into: list, key: index }));
      copy = list;
    } else if (typeof from === 'object' && from !== null) {
      const object: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(from)) {
        if (name !== '' && !unsafeTextProblem(name))
          queue.push({ from: member, into: object, key: name });
      }
      copy = object;
    }
    (into as Record<string | number, unknown>)[key] = copy;
  }
  return root.value;
}

function stripUnsafe(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) continue;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.charAt(i) + text.charAt(i + 1);
        i += 1;
      }
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) continue;
    out += text.charAt(i);
  }
  return out;
}
