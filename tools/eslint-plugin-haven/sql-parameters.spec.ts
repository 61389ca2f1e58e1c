import type { Linter } from 'eslint';

import { fixtureTree, lintTree, removeFixtureTrees } from './testing/fixture-tree';

const rules: Linter.RulesRecord = { 'haven/sql-parameters': 'error' };

const interpolation = (sink: string, expression: string) =>
  `SQL passed to ${sink} interpolates \`\${${expression}}\`: pass values as parameters (a placeholder from <params>.add(value), or $n/:name with the values array); interpolate only SCREAMING_CASE SQL constants or members of an allow-list constant, or sqlIdentifier(name) for a table or column name.`;
const concatenation = (sink: string) =>
  `SQL passed to ${sink} is built with +: write it as one literal (or a template of allowed parts) and pass values as parameters.`;

describe('haven/sql-parameters', () => {
  afterEach(() => removeFixtureTrees());

  it('accepts literals, SQL constants, allow-list members, placeholders, sqlIdentifier and variables', async () => {
    const root = fixtureTree({
      'src/cases/cases.repository.ts': [
        `declare const db: { query(sql: string, params?: unknown[]): Promise<unknown> };`,
        `declare const qb: any;`,
        `declare function query(sql: string, params?: unknown[]): Promise<unknown>;`,
        `declare function prepared(sql: string): string;`,
        `declare function sqlIdentifier(name: string): string;`,
        `declare const p: { add(value: unknown): string };`,
        `declare const sql: string, params: unknown[], id: string, key: 'name' | 'opened', table: string;`,
        `const VISIBLE = 'c.closed_on is null';`,
        `const SORTS = { name: 'c.name', opened: 'c.opened_on' } as const;`,
        `const DIRECTIONS = { asc: 'ASC', desc: 'DESC' } as const;`,
        `void db.query('select 1 from case_file where id = $1', [id]);`,
        `void db.query(\`select 1 from case_file where id = $1\`, [id]);`,
        `void db.query(\`select id from case_file c where \${VISIBLE} order by \${SORTS[key]}, \${SORTS.name}\`);`,
        `void db.query(\`select id from case_file where id = \${p.add(id)}\`);`,
        `void db.query(\`select count(*) from \${sqlIdentifier(table)}\`);`,
        `void db.query(sql, params);`,
        `void query(sql, params);`,
        `void db.query(prepared(sql), params);`,
        `void db.query(prepared(\`select 1 where \${VISIBLE}\`));`,
        `void db.query('select 1 ' + 'from case_file');`,
        `void db.query(id ? 'select 1' : \`select \${SORTS.name}\`);`,
        `qb.where('c.id = :id', { id }).andWhere(\`c.x = \${p.add(\`\${id}\`)}\`).orderBy(SORTS[key], DIRECTIONS.asc);`,
        `qb.addOrderBy(\`\${SORTS[key]}\`, \`\${DIRECTIONS.desc}\`).select('c.id').addSelect(SORTS.name);`,
        `const text = \`select \${id}\`;`,
        `void [1, 2].map((n) => \`\${n}\`);`,
      ].join('\n'),
    });

    await expect(lintTree(root, rules)).resolves.toEqual([]);
  });

  it('refuses a value interpolated into query(), prepared(), .query() or a builder call', async () => {
    const root = fixtureTree({
      'src/cases/cases.repository.ts': [
        `declare const db: { query(sql: string, params?: unknown[]): Promise<unknown> };`,
        `declare const qb: any, req: { sort: string; dir: string };`,
        `declare function query(sql: string): Promise<unknown>;`,
        `declare function prepared(sql: string): string;`,
        `declare const id: string, value: string, visible: string, sorts: Record<string, string>;`,
        `void query(\`select * from case_file where id = '\${id}'\`);`,
        `void db.query(prepared(\`select 1 where x = \${value}\`));`,
        `void db.query(\`select 1 where \${visible} and \${sorts[id]}\`);`,
        `qb.orderBy(\`\${req.sort}\`).addOrderBy('c.id', \`\${req.dir}\`);`,
        `qb.having(\`count(*) > \${String(value)}\`).select(\`c.\${value}\`);`,
        `void db.query(id ? \`select \${id}\` : 'select 1');`,
      ].join('\n'),
    });

    await expect(lintTree(root, rules)).resolves.toEqual([
      `src/cases/cases.repository.ts:6 ${interpolation('query()', 'id')}`,
      `src/cases/cases.repository.ts:7 ${interpolation('prepared()', 'value')}`,
      `src/cases/cases.repository.ts:8 ${interpolation('.query()', 'visible')}`,
      `src/cases/cases.repository.ts:8 ${interpolation('.query()', 'sorts[id]')}`,
      `src/cases/cases.repository.ts:9 ${interpolation('.orderBy()', 'req.sort')}`,
      `src/cases/cases.repository.ts:9 ${interpolation('.addOrderBy()', 'req.dir')}`,
      `src/cases/cases.repository.ts:10 ${interpolation('.having()', 'String(value)')}`,
      `src/cases/cases.repository.ts:10 ${interpolation('.select()', 'value')}`,
      `src/cases/cases.repository.ts:11 ${interpolation('.query()', 'id')}`,
    ]);
  });

  it('refuses concatenation unless every operand is a string literal', async () => {
    const root = fixtureTree({
      'src/cases/cases.repository.ts': [
        `declare const qb: any, db: any, x: string;`,
        `const VISIBLE = 'true';`,
        `qb.where('a = ' + x);`,
        `void db.query('select 1 where ' + VISIBLE);`,
        `qb.andWhere(\`a = \${x}\` + ' and b');`,
        `qb.orderBy('c.name', 'AS' + 'C');`,
      ].join('\n'),
    });

    await expect(lintTree(root, rules)).resolves.toEqual([
      `src/cases/cases.repository.ts:3 ${concatenation('.where()')}`,
      `src/cases/cases.repository.ts:4 ${concatenation('.query()')}`,
      `src/cases/cases.repository.ts:5 ${concatenation('.andWhere()')}`,
    ]);
  });
});
