import { MAX_PREPARED_STATEMENTS, prepared, preparedName } from './prepared-statements';

describe('prepared()', () => {
  it('returns the text unchanged and names it after its text', () => {
    const sql = 'select 1 where $1::int > 0';
    expect(prepared(sql)).toBe(sql);
    expect(preparedName(sql)).toMatch(/^haven_[0-9a-f]{32}$/);
    expect(preparedName(prepared(sql))).toBe(preparedName(sql));
    expect(preparedName(prepared('select 2 where $1::int > 0'))).not.toBe(preparedName(sql));
  });

  it('leaves a text it was never given unnamed', () => {
    expect(preparedName('select 3 where $1::int > 0')).toBeUndefined();
  });

  it(`names at most ${MAX_PREPARED_STATEMENTS} texts, so a dynamic text cannot grow every session`, () => {
    const texts = Array.from(
      { length: MAX_PREPARED_STATEMENTS + 5 },
      (_, i) => `select ${i} as n where $1::int > 0`,
    );
    texts.forEach((t) => prepared(t));
    const named = texts.filter((t) => preparedName(t) !== undefined);
    expect(named.length).toBeLessThanOrEqual(MAX_PREPARED_STATEMENTS);
    expect(preparedName(texts.at(-1) ?? '')).toBeUndefined();
  });
});
