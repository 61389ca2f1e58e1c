import { sqlIdentifier } from './sql-identifier';

describe('sqlIdentifier()', () => {
  it('double-quotes a plain lower-case name', () => {
    expect(sqlIdentifier('case_file')).toBe('"case_file"');
    expect(sqlIdentifier('address_enc')).toBe('"address_enc"');
    expect(sqlIdentifier('_x1')).toBe('"_x1"');
  });

  it.each([
    '',
    'Case_file',
    'addressEnc',
    '1st',
    'case-file',
    'c.id',
    'a b',
    'x"; drop table case_file; --',
    'x"',
    "x'",
    'café',
    'id\n',
  ])('throws for %j, naming it', (name) => {
    expect(() => sqlIdentifier(name)).toThrow(
      `not a plain SQL identifier: ${JSON.stringify(name)}`,
    );
  });
});
