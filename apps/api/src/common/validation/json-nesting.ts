const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Where the scan is inside one open object (the byte span of its current key) or array. */
type Level = { index: number } | { keyStart: number; keyEnd: number };

/**
 * The dotted path (`client.aliases.0`) of the first object or array in a UTF-8 JSON text that
 * opens more than `maxDepth` levels deep (`body` when the top level itself does), or null when none
 * does. It reads the raw bytes once, before JSON.parse, with its own stack of levels: parsing a
 * megabyte of `[` costs V8 about a second, and the recursive code that reads a parsed body next
 * (class-transformer, the validation pipe) overflows the call stack long before that depth.
 * Malformed JSON is left for JSON.parse to refuse.
 */
export function findNestingBeyond(json: Uint8Array, maxDepth: number): string | null {
  const levels: Level[] = [];
  let inString = false;
  let escaped = false;
  let stringStart = 0;
  let readingKey = false;
  let expectingKey = false;
  for (const [i, byte] of json.entries()) {
    if (inString) {
      // UTF-8 never uses an ASCII byte inside a multi-byte character, so this is safe bytewise.
      if (escaped) escaped = false;
      else if (byte === BACKSLASH) escaped = true;
      else if (byte === QUOTE) {
        inString = false;
        if (readingKey) levels[levels.length - 1] = { keyStart: stringStart, keyEnd: i + 1 };
      }
      continue;
    }
    switch (byte) {
      case QUOTE:
        inString = true;
        stringStart = i;
        readingKey = expectingKey;
        expectingKey = false;
        break;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        if (levels.length >= maxDepth) return pathOf(json, levels);
        levels.push(byte === OPEN_OBJECT ? { keyStart: i, keyEnd: i } : { index: 0 });
        expectingKey = byte === OPEN_OBJECT;
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        levels.pop();
        expectingKey = false;
        break;
      case COMMA: {
        const level = levels[levels.length - 1];
        if (level && 'index' in level) level.index += 1;
        else expectingKey = true;
        break;
      }
    }
  }
  return null;
}

function pathOf(json: Uint8Array, levels: readonly Level[]): string {
  const path = levels
    .map((level) => ('index' in level ? String(level.index) : keyText(json, level)))
    .join('.');
  return path || 'body';
}

function keyText(json: Uint8Array, { keyStart, keyEnd }: { keyStart: number; keyEnd: number }) {
  const quoted = Buffer.from(json.buffer, json.byteOffset + keyStart, keyEnd - keyStart).toString();
  try {
    return String(JSON.parse(quoted));
  } catch {
    return quoted;
  }
}
