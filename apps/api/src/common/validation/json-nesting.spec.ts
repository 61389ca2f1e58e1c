import { findNestingBeyond } from './json-nesting';

const scan = (text: string, maxDepth: number) => findNestingBeyond(Buffer.from(text), maxDepth);

function nested(depth: number): string {
  let json = '1';
  for (let i = 0; i < depth; i += 1) json = `{"a":${json}}`;
  return json;
}

describe('findNestingBeyond', () => {
  it('accepts JSON exactly as deep as the limit', () => {
    expect(scan(nested(32), 32)).toBeNull();
    expect(scan('{"a":[1,{"b":[]}],"c":{}}', 4)).toBeNull();
  });

  it('names the path of the container that opens one level too deep', () => {
    expect(scan(nested(33), 32)).toBe(Array(32).fill('a').join('.'));
    expect(scan('{"client":{"aliases":["x",["too deep"]]}}', 3)).toBe('client.aliases.1');
    expect(scan('[[1],[[2]]]', 2)).toBe('1.0');
    expect(scan('{"a":[1,{"b":[]}],"c":{}}', 3)).toBe('a.1.b');
  });

  it('names the body when the top level is already too deep', () => {
    expect(scan('{}', 0)).toBe('body');
  });

  it('does not count brackets, braces, quotes or commas inside strings', () => {
    expect(scan('{"a":"[[[[{{{{","b\\"[{":"\\\\","c":1}', 1)).toBeNull();
    expect(scan('{"x,y":"a,b","k\\"ey":{"z":{}}}', 2)).toBe('k"ey.z');
  });

  it('decodes escaped and non-ASCII keys in the path', () => {
    expect(scan('{"caf\\u00e9":{"żółw":{}}}', 2)).toBe('café.żółw');
  });

  it('scans ten thousand levels without recursion', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(scan(deep, 32)).toBe(Array(32).fill('0').join('.'));
    expect(scan(deep, 20_000)).toBeNull();
  });
});
