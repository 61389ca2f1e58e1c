/**
 * JSON text spliced in verbatim where JSON.stringify cannot write it: `NaN`, `1e309`, ten thousand
 * levels of `[`, a body cut short.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Serialises a generated body; RawJson pieces go in as they are. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const members = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`);
    return `{${members.join(',')}}`;
  }
  // JSON.stringify writes NaN and Infinity as null and drops undefined: the generators say which.
  return JSON.stringify(value) ?? 'null';
}

/** Sets an own enumerable property, even `__proto__`, which plain assignment would not create. */
export function defineKey(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
