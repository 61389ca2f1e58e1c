import { PassThrough } from 'node:stream';

import { parse } from 'csv-parse/sync';
import fc from 'fast-check';

import { neutralise } from './cell-safety';
import { CsvWriter, csvLine } from './csv-writer';

const DANGEROUS_LEADS = ['=', '+', '-', '@', '\t', '\r', '\0'];

function strictParse(text: string): string[][] {
  return parse(text, {
    bom: true,
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
  }) as string[][];
}

describe('CSV cells (security-checks E1, RFC 4180)', () => {
  it('round-trips any text exactly, with an apostrophe in front of a formula-looking start', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc
        .tuple(fc.constantFrom(...DANGEROUS_LEADS), fc.string({ maxLength: 20 }))
        .map(([a, b]) => a + b),
      fc.constant('=HYPERLINK("http://x")'),
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (cells) => {
        const [parsed] = strictParse(csvLine(cells));
        const expected = cells.map((s) =>
          s.length > 0 && DANGEROUS_LEADS.includes(s.charAt(0)) ? `'${s}` : s,
        );
        expect(parsed).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves numbers and booleans as they are, and writes null as an empty field', () => {
    expect(neutralise(-5)).toBe(-5);
    expect(neutralise(true)).toBe(true);
    expect(csvLine([-5, 1.5, null, false])).toBe('-5,1.5,,false\r\n');
  });

  it('starts with a byte-order mark only when asked', async () => {
    for (const bom of [true, false]) {
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      const writer = new CsvWriter(out, { bom });
      await writer.header(['A', 'B']);
      await writer.rows([['x', 'y']]);
      await writer.finish();
      const bytes = Buffer.concat(chunks);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(bom);
      expect(bytes.toString('utf8').replace(/^\uFEFF/, '')).toBe('A,B\r\nx,y\r\n');
    }
  });
});
