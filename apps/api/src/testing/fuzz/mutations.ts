import fc from 'fast-check';

import { HOSTILE_KEYS, hostileValue } from './hostile-values';
import { defineKey, RawJson } from './raw-json';

/** One change to a generated body; `at` picks, modulo their count, which node, object or key. */
export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'drop'; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      value: hostileValue,
    }),
    weight: 5,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })),
      value: fc.oneof(hostileValue, fc.jsonValue({ maxDepth: 2 })),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }), weight: 1 },
);

type Container = Record<string, unknown> | unknown[];
interface Slot {
  parent: Container | null;
  key: string;
}

/**
 * A copy of `body` with the mutations applied in turn. Generated values are shared between runs
 * (constants) and must not change, so everything put into the copy is copied too.
 */
export function mutate(body: unknown, mutations: readonly Mutation[]): unknown {
  let result = copy(body);
  for (const m of mutations) {
    const slots = slotsOf(result);
    if (m.kind === 'replace') {
      const slot = slots[m.at % slots.length]!;
      if (slot.parent === null) result = copy(m.value);
      else set(slot.parent, slot.key, copy(m.value));
    } else if (m.kind === 'add') {
      const objects = slots.map((s) => (s.parent === null ? result : get(s))).filter(isObject);
      const target = objects[m.at % Math.max(objects.length, 1)];
      if (target) defineKey(target, m.key, copy(m.value));
    } else {
      const keyed = slots.filter((s) => s.parent !== null && !Array.isArray(s.parent));
      const slot = keyed[m.at % Math.max(keyed.length, 1)];
      if (slot?.parent) delete (slot.parent as Record<string, unknown>)[slot.key];
    }
  }
  return result;
}

function slotsOf(root: unknown): Slot[] {
  const slots: Slot[] = [{ parent: null, key: '' }];
  const queue: unknown[] = [root];
  for (const value of queue) {
    if (!Array.isArray(value) && !isObject(value)) continue;
    for (const key of Object.keys(value)) {
      slots.push({ parent: value, key });
      queue.push((value as Record<string, unknown>)[key]);
    }
  }
  return slots;
}

function get(slot: Slot): unknown {
  return (slot.parent as Record<string, unknown>)[slot.key];
}

function set(parent: Container, key: string, value: unknown): void {
  if (Array.isArray(parent)) parent[Number(key)] = value;
  else defineKey(parent, key, value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof RawJson)
  );
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) defineKey(out, key, copy(item));
  return out;
}
