import { findUnsafeText, unsafeTextProblem, withoutUnsafeText } from './unsafe-text';

describe('unsafeTextProblem', () => {
  it('accepts ordinary text with tabs, newlines, accents and emoji', () => {
    expect(unsafeTextProblem('Line one\r\n\tLine two: Zoë 🌷')).toBeNull();
  });

  it.each([
    ['NUL', 'Ann\u0000Doe'],
    ['bell', 'Ann\u0007'],
    ['vertical tab', '\u000B'],
    ['escape', '\u001B[31m'],
    ['unit separator', 'a\u001Fb'],
  ])('refuses a %s character', (_what, text) => {
    expect(unsafeTextProblem(text)).toBe('must not contain control characters');
  });

  it.each([
    ['a lone high surrogate', 'Ann\uD800Doe'],
    ['a lone high surrogate at the end', 'Ann\uD83C'],
    ['a lone low surrogate', '\uDC00Ann'],
    ['a reversed pair', '\uDF37\uD83C'],
  ])('refuses %s', (_what, text) => {
    expect(unsafeTextProblem(text)).toBe('must not contain a lone UTF-16 surrogate');
  });
});

describe('findUnsafeText', () => {
  it('names every unsafe value by its dotted path', () => {
    const body = {
      client: { fullName: 'Ann\u0000', aliases: ['ok', 'A\uD800'] },
      intake: { courtId: 'jdr-richmond', venueLocality: '\u0001' },
    };
    expect(findUnsafeText(body, 'body')).toEqual([
      { field: 'client.fullName', message: 'must not contain control characters' },
      { field: 'intake.venueLocality', message: 'must not contain control characters' },
      { field: 'client.aliases.1', message: 'must not contain a lone UTF-16 surrogate' },
    ]);
  });

  it('names a property whose own name is unsafe', () => {
    expect(findUnsafeText({ 'q\u0000': 'x' }, 'query')).toEqual([
      { field: 'q\u0000', message: 'its name must not contain control characters' },
    ]);
  });

  it('names the object that holds a property with an empty name, or the root', () => {
    const empty = 'must not have a property with an empty name';
    expect(findUnsafeText({ '': 1, client: { '': 'x' } }, 'body')).toEqual([
      { field: 'body', message: empty },
      { field: 'client', message: empty },
    ]);
    expect(findUnsafeText({ '': '' }, 'query')).toEqual([{ field: 'query', message: empty }]);
  });

  it('names a top-level string by the root', () => {
    expect(findUnsafeText('\u0000', 'body')).toEqual([
      { field: 'body', message: 'must not contain control characters' },
    ]);
  });

  it('reads a query as parsed, repeated parameters as arrays', () => {
    expect(findUnsafeText({ q: 'ab\u0000', stage: ['intake', '\u0000'] }, 'query')).toEqual([
      { field: 'q', message: 'must not contain control characters' },
      { field: 'stage.1', message: 'must not contain control characters' },
    ]);
  });

  it('finds nothing in clean input, numbers, booleans and null', () => {
    expect(findUnsafeText({ a: 1, b: true, c: null, d: [{ e: 'fine' }] }, 'body')).toEqual([]);
    expect(findUnsafeText(undefined, 'body')).toEqual([]);
  });
});

describe('withoutUnsafeText', () => {
  it('takes control characters and lone surrogates out of every string, keeping pairs and tabs', () => {
    expect(
      withoutUnsafeText({
        email: 'Ann\ud800@example.org',
        note: 'line\tone\nline\u0000two',
        emoji: 'ok \ud83d\ude00',
        aliases: ['A\u0007lex', 'Sam'],
      }),
    ).toEqual({
      email: 'Ann@example.org',
      note: 'line\tone\nlinetwo',
      emoji: 'ok \ud83d\ude00',
      aliases: ['Alex', 'Sam'],
    });
  });

  it('leaves out properties whose name is empty or unsafe, and copies rather than changes', () => {
    const body = { '': 1, 'a\u0000': 2, kept: { deep: [{ x: 'y\u0001' }] } };
    expect(withoutUnsafeText(body)).toEqual({ kept: { deep: [{ x: 'y' }] } });
    expect(body.kept.deep[0]?.x).toBe('y\u0001');
  });

  it('walks nesting far deeper than the stack would allow a recursive copy', () => {
    let deep: unknown = 'end\u0000';
    for (let i = 0; i < 50_000; i += 1) deep = [deep];
    let copy = withoutUnsafeText(deep);
    for (let i = 0; i < 50_000; i += 1) copy = (copy as unknown[])[0];
    expect(copy).toBe('end');
  });
});
