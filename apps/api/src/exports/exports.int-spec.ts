import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parse } from 'csv-parse/sync';
import * as ExcelJS from 'exceljs';
import request from 'supertest';

import { EXPORT_KINDS, type ExportResponse } from '@haven/contracts';

import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { FieldCipher } from '@api/crypto/field-cipher';
import { secretContext } from '@api/parties/confidential-fields';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import {
  insertHearingRow,
  insertOrderRow,
  insertTaskRow,
  insertViolationRow,
} from '@api/testing/fact-rows.fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';
import { WorkerModule } from '@api/worker.module';

import { ExportsCleanup } from './jobs/exports-cleanup';

// Seeded secrets (security-checks "seeded secrets"): invented, and grepped for in every file.
const ADDRESS = '417 Quillfeather Lane';
const PHONE = '540-555-0199';
const RESPONDENT_ADDRESS = '88 Brambleton Court';

const CAST = castOf('advocate', 'colleague', 'supervisor', 'staff', 'admin', 'outsider');
type Who = keyof typeof CAST;

/**
 * The text of a PDF by pdf-parse, in a child process: its pdf.js loads a worker module by dynamic
 * import, which jest's module sandbox refuses.
 */
function pdfText(pdf: Buffer): Promise<string> {
  const script = `const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const result = await new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) }).getText();
      process.stdout.write(result.text);
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { maxBuffer: 16 << 20 }, (err, out) =>
      err ? reject(err) : resolve(out),
    );
    child.stdin?.end(pdf);
  });
}

/** csv-parse with every relaxation off: a wrong quote or a short row is an error, not a guess. */
function strictCsv(text: string): Array<Record<string, string>> {
  return parse(text, {
    columns: true,
    bom: true,
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
    skip_records_with_error: false,
  }) as Array<Record<string, string>>;
}

function binary(res: request.Response, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('exports (real PostgreSQL, Redis and worker)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-exports-'));
  let t: TestApp;
  let worker: INestApplicationContext;
  let cast: Cast<typeof CAST>;
  let mine: SeededCase;
  let theirs: SeededCase;

  const http = () => t.app.getHttpServer();

  async function ask(who: Who, body: object): Promise<request.Response> {
    return request(http())
      .post('/api/exports')
      .set('Cookie', await cast.cookieOf(who))
      .send(body);
  }

  async function finished(who: Who, id: string): Promise<ExportResponse> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const res = await cast.get(who, `/exports/${id}`);
      expect(res.status).toBe(200);
      const body = res.body as ExportResponse;
      if (body.status === 'done' || body.status === 'failed') return body;
      if (Date.now() > deadline) throw new Error(`export ${id} still ${body.status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function exportFile(who: Who, body: object): Promise<{ id: string; file: Buffer }> {
    const res = await ask(who, body);
    expect(res.status).toBe(202);
    const done = await finished(who, (res.body as ExportResponse).id);
    expect(done.status).toBe('done');
    const file = await request(http())
      .get(`/api/exports/${done.id}/file`)
      .set('Cookie', await cast.cookieOf(who))
      .buffer(true)
      .parse(binary);
    expect(file.status).toBe(200);
    return { id: done.id, file: file.body as Buffer };
  }

  function auditOf(
    exportId: string,
  ): Promise<Array<{ actor: string; details: Record<string, unknown> }>> {
    return t.dataSource.query(
      `select actor_user_id as actor, details from audit_event
        where action = 'export' and target_id = $1`,
      [exportId],
    ) as Promise<Array<{ actor: string; details: Record<string, unknown> }>>;
  }

  async function seal(c: SeededCase): Promise<void> {
    const cipher = t.app.get(FieldCipher);
    await t.dataSource.query('update client set address_enc = $2, phone_enc = $3 where id = $1', [
      c.clientId,
      cipher.encrypt(ADDRESS, secretContext('client', c.clientId, 'address')),
      cipher.encrypt(PHONE, secretContext('client', c.clientId, 'phone')),
    ]);
    await t.dataSource.query('update respondent set address_enc = $2 where id = $1', [
      c.respondentId,
      cipher.encrypt(RESPONDENT_ADDRESS, secretContext('respondent', c.respondentId, 'address')),
    ]);
  }

  beforeAll(async () => {
    process.env['EXPORT_DIR'] = dir;
    t = await createTestApp();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
    delete process.env['EXPORT_DIR'];
  });

  beforeEach(async () => {
    cast = await seedCast(t, CAST);
    mine = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
      clientName: 'Marisol Featherstone',
      stage: 'order_in_effect',
    });
    theirs = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.colleague.id],
      clientName: 'Odalys Pennywhistle',
    });
    await seal(mine);
    await seal(theirs);
  });

  describe('redaction by default (security-checks E2)', () => {
    it('exports cases as strict RFC 4180 CSV without any sealed column, and audits it', async () => {
      const { id, file } = await exportFile('supervisor', { kind: 'cases', format: 'csv' });
      const text = file.toString('utf8');
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      const rows = strictCsv(text);
      expect(rows.map((r) => r['Reference']).sort()).toEqual(
        [mine.reference, theirs.reference].sort(),
      );
      expect(rows.find((r) => r['Reference'] === mine.reference)?.['Client']).toBe(
        'Marisol Featherstone',
      );
      expect(Object.keys(rows[0] ?? {})).not.toContain('Client address');
      for (const secret of [ADDRESS, PHONE, RESPONDENT_ADDRESS]) expect(text).not.toContain(secret);
      const audit = await auditOf(id);
      expect(audit).toHaveLength(1);
      expect(audit[0]?.actor).toBe(cast.users.supervisor.id);
      expect(audit[0]?.details).toMatchObject({
        kind: 'cases',
        format: 'csv',
        rowCount: 2,
        confidential: false,
        outcome: 'done',
      });
      expect(
        await t.dataSource.query('select * from export_case where export_id = $1', [id]),
      ).toEqual([]);
    });

    it('includes the sealed columns only when asked by a permitted user, and records each case', async () => {
      const { id, file } = await exportFile('supervisor', {
        kind: 'cases',
        format: 'csv',
        includeConfidential: true,
      });
      const rows = strictCsv(file.toString('utf8'));
      const row = rows.find((r) => r['Reference'] === mine.reference);
      expect(row?.['Client address']).toBe(ADDRESS);
      expect(row?.['Client phone']).toBe(PHONE);
      expect(row?.['Respondent address']).toBe(RESPONDENT_ADDRESS);
      expect((await auditOf(id))[0]?.details).toMatchObject({ confidential: true, rowCount: 2 });
      const carried = (await t.dataSource.query(
        'select case_id, client_id from export_case where export_id = $1 order by case_id',
        [id],
      )) as Array<{ case_id: string; client_id: string }>;
      expect(carried.map((c) => c.client_id).sort()).toEqual(
        [mine.clientId, theirs.clientId].sort(),
      );
    });

    it('asks for a fresh second factor before confidential columns (security-checks B9)', async () => {
      await cast.signIn('supervisor');
      t.clock.advance(11 * 60_000);
      const res = await ask('supervisor', {
        kind: 'cases',
        format: 'csv',
        includeConfidential: true,
      });
      expect(res.status).toBe(401);
      expect((res.body as { error?: string }).error).toBe('reauth_required');
      expect(await t.dataSource.query('select id from export_file')).toEqual([]);
      // A redacted export is not a dangerous act.
      expect((await ask('supervisor', { kind: 'cases', format: 'csv' })).status).toBe(202);
    });

    it('refuses confidential columns to a role without the permission, with an audit row', async () => {
      const res = await ask('staff', { kind: 'cases', format: 'csv', includeConfidential: true });
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).toContain('includeConfidential');
      const [row] = (await t.dataSource.query(
        `select details from audit_event where action = 'export' and actor_user_id = $1`,
        [cast.users.staff.id],
      )) as Array<{ details: Record<string, unknown> }>;
      expect(row?.details).toMatchObject({ confidential: true, outcome: 'refused', rowCount: 0 });
      expect(await t.dataSource.query('select id from export_file')).toEqual([]);
    });

    it('shows an advocate only their own cases, as the caseload does', async () => {
      const { file } = await exportFile('advocate', { kind: 'cases', format: 'csv' });
      const rows = strictCsv(file.toString('utf8'));
      expect(rows.map((r) => r['Reference'])).toEqual([mine.reference]);
    });

    it('applies the screen filters (stage, search)', async () => {
      const { file } = await exportFile('supervisor', {
        kind: 'cases',
        format: 'csv',
        filters: { stage: 'order_in_effect' },
      });
      const rows = strictCsv(file.toString('utf8'));
      expect(rows.map((r) => r['Reference'])).toEqual([mine.reference]);
      // The caseload's search: reference, client or respondent name.
      const searched = strictCsv(
        (
          await exportFile('supervisor', {
            kind: 'cases',
            format: 'csv',
            filters: { q: 'pennywhis' },
          })
        ).file.toString('utf8'),
      );
      expect(searched.map((r) => r['Reference'])).toEqual([theirs.reference]);
    });

    it('refuses combinations that make no sense, naming the field, and stores nothing', async () => {
      const cases: Array<[object, string]> = [
        [{ kind: 'cases', format: 'pdf' }, 'format'],
        [{ kind: 'tasks', format: 'csv', includeConfidential: true }, 'includeConfidential'],
        [{ kind: 'cases', format: 'xlsx', forExcel: true }, 'forExcel'],
        [{ kind: 'deadline_report', format: 'pdf' }, 'filters.from'],
        [{ kind: 'hearings', format: 'csv', filters: { from: '2026-02-30' } }, 'from'],
        [{ kind: 'secrets', format: 'csv' }, 'kind'],
      ];
      for (const [body, field] of cases) {
        const res = await ask('supervisor', body);
        expect(res.status).toBe(400);
        expect(JSON.stringify(res.body)).toContain(field);
      }
      expect(await t.dataSource.query('select id from export_file')).toEqual([]);
    });
  });

  describe('formula neutralisation (security-checks E1)', () => {
    const dangerous = [
      '=HYPERLINK("http://x","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tTabbed',
      '\rCarriage',
      'Plain, "quoted"\nsecond line',
    ];

    beforeEach(async () => {
      for (const name of dangerous) {
        await insertCase(t.dataSource, cast.orgId, { clientName: name });
      }
    });

    const expected = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

    it('prefixes formula-looking CSV cells with an apostrophe and round-trips the rest exactly', async () => {
      const { file } = await exportFile('supervisor', {
        kind: 'cases',
        format: 'csv',
        forExcel: true,
      });
      expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const rows = strictCsv(file.toString('utf8'));
      const names = rows.map((r) => r['Client']);
      for (const name of dangerous) expect(names).toContain(expected(name));
    });

    it('writes XLSX cells as plain strings, never formulas', async () => {
      const { file } = await exportFile('supervisor', { kind: 'cases', format: 'xlsx' });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      expect(sheet).toBeDefined();
      const header = (sheet?.getRow(1).values as unknown[]).slice(1);
      const clientCol = header.indexOf('Client') + 1;
      const names: unknown[] = [];
      sheet?.eachRow((row, n) => {
        if (n === 1) return;
        const cell = row.getCell(clientCol);
        expect(cell.formula).toBeUndefined();
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        names.push(cell.value);
      });
      expect(names).toHaveLength(dangerous.length + 2);
      // XML reads a literal CR as LF; the apostrophe in front is what matters.
      for (const name of dangerous) expect(names).toContain(expected(name).replace(/\r/g, '\n'));
      expect(file.toString('latin1')).not.toContain(ADDRESS);
    });
  });

  describe('every list, read back as CSV and as XLSX', () => {
    beforeEach(async () => {
      const org = cast.orgId;
      await t.dataSource.query(
        `insert into case_deadline (organisation_id, case_id, deadline_key, rule_id, rule_version, kind,
           due_on, citation, explanation, confidence, computed_at)
         values ($1, $2, 'k', 'R05', '1', 'ppo_expiry', '2026-12-09', 'Va. Code § 16.1-253(E)',
           'The preliminary order ends.', 'source_explicit', now())`,
        [org, mine.id],
      );
      await t.dataSource.query(
        `insert into task (organisation_id, case_id, title, due_on, assignee_id)
         values ($1, $2, '=Call the clerk', '2026-12-08', $3)`,
        [org, mine.id, cast.users.advocate.id],
      );
      await t.dataSource.query(
        `insert into hearing (organisation_id, case_id, kind, scheduled_on, scheduled_time)
         values ($1, $2, 'ppo_full_hearing', '2026-12-10', '09:30')`,
        [org, theirs.id],
      );
      await t.dataSource.query(
        `insert into service_activity (organisation_id, case_id, kind, performed_on, minutes, performed_by)
         values ($1, $2, 'safety_planning', '2026-12-01', 45, $3)`,
        [org, mine.id, cast.users.advocate.id],
      );
    });

    const LISTS: Array<[string, string, Record<string, string> | null]> = [
      [
        'deadlines',
        'Citation',
        { Reference: '', Citation: 'Va. Code § 16.1-253(E)', 'Due on': '2026-12-09' },
      ],
      ['tasks', 'Task', { Reference: '', Task: "'=Call the clerk", 'Due on': '2026-12-08' }],
      ['hearings', 'Kind', { Reference: '', Kind: 'ppo_full_hearing', Time: '09:30' }],
      ['violations', 'Acts', null],
      ['service_activities', 'Minutes', { Reference: '', Kind: 'safety_planning', Minutes: '45' }],
    ];

    it.each(LISTS)('exports %s', async (kind, column, expected) => {
      const csv = strictCsv(
        (await exportFile('supervisor', { kind, format: 'csv' })).file.toString('utf8'),
      );
      const xlsx = await exportFile('supervisor', { kind, format: 'xlsx' });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.file as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      const header = (sheet?.getRow(1).values as unknown[]).slice(1);
      expect(header).toContain(column);
      if (!expected) {
        expect(csv).toEqual([]);
        expect(sheet?.actualRowCount).toBe(1);
        return;
      }
      expect(csv).toHaveLength(1);
      const want = {
        ...expected,
        Reference: kind === 'hearings' ? theirs.reference : mine.reference,
      };
      expect(csv[0]).toMatchObject(want);
      const row = sheet?.getRow(2);
      for (const [name, value] of Object.entries(want)) {
        const cell = row?.getCell(header.indexOf(name) + 1);
        // Numbers stay numbers in the spreadsheet (E1 leaves them alone).
        expect(String(cell?.value)).toBe(value);
        if (name === 'Minutes') expect(cell?.type).toBe(ExcelJS.ValueType.Number);
      }
    });
  });

  describe('the printable deadline report', () => {
    it("lists the week's open deadlines with citations, grouped by advocate, and no client name", async () => {
      const insert = (c: SeededCase, key: string, dueOn: string, citation: string) =>
        t.dataSource.query(
          `insert into case_deadline (organisation_id, case_id, deadline_key, rule_id, rule_version, kind,
             due_on, citation, explanation, confidence, computed_at)
           values ($1, $2, $3, 'R05', '1', 'ppo_expiry', $4, $5, 'The preliminary order ends.',
             'source_explicit', now())`,
          [cast.orgId, c.id, key, dueOn, citation],
        );
      await insert(mine, 'a', '2026-12-08', 'Va. Code § 16.1-253(E)');
      await insert(theirs, 'b', '2026-12-10', 'Va. Code § 16.1-253.1(B)');
      await insert(theirs, 'c', '2027-01-20', 'Va. Code § 16.1-279.1(B)');
      const { id, file } = await exportFile('supervisor', {
        kind: 'deadline_report',
        format: 'pdf',
        filters: { from: '2026-12-07', period: 'week' },
      });
      expect(file.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfText(file);
      expect(text).toContain('2026-12-07 to 2026-12-13');
      expect(text).toContain(cast.users.advocate.displayName);
      expect(text).toContain(cast.users.colleague.displayName);
      expect(text).toContain('16.1-253(E)');
      expect(text).toContain('16.1-253.1(B)');
      expect(text).not.toContain('16.1-279.1(B)');
      expect(text).toContain(mine.reference);
      expect(text).not.toContain('Featherstone');
      expect(text).not.toContain('Pennywhistle');
      expect((await auditOf(id))[0]?.details).toMatchObject({
        kind: 'deadline_report',
        rowCount: 2,
      });
    });

    it('takes a null horizon as none, as every other optional filter (found by the fuzz)', async () => {
      const res = await ask('supervisor', {
        kind: 'deadline_report',
        format: 'pdf',
        filters: { from: '2026-12-07', days: null },
      });
      expect(res.status).toBe(202);
    });

    it('is a supervisor report: an advocate is refused', async () => {
      const res = await ask('advocate', {
        kind: 'deadline_report',
        format: 'pdf',
        filters: { from: '2026-12-07' },
      });
      expect(res.status).toBe(403);
    });
  });

  describe('files are not public (security-checks E3, A1)', () => {
    it('serves the file only to its owner, as an uncached attachment', async () => {
      const { id } = await exportFile('advocate', { kind: 'cases', format: 'csv' });
      const own = await request(http())
        .get(`/api/exports/${id}/file`)
        .set('Cookie', await cast.cookieOf('advocate'));
      expect(own.status).toBe(200);
      expect(own.headers['content-disposition']).toMatch(/^attachment; filename="haven-cases-/);
      expect(own.headers['cache-control']).toBe('no-store');
      expect(own.headers['content-type']).toContain('text/csv');

      const denialsBefore = Number(
        (
          (await t.dataSource.query(
            `select count(*)::int as n from audit_event where action = 'access_denied' and target_id = $1`,
            [id],
          )) as [{ n: number }]
        )[0].n,
      );
      for (const who of ['colleague', 'supervisor', 'outsider'] as const) {
        for (const path of [`/exports/${id}`, `/exports/${id}/file`]) {
          const res = await cast.get(who, path);
          expect(res.status).toBe(404);
          expect(res.text).not.toContain(mine.reference);
        }
      }
      const [{ n }] = (await t.dataSource.query(
        `select count(*)::int as n from audit_event where action = 'access_denied' and target_id = $1`,
        [id],
      )) as [{ n: number }];
      expect(n - denialsBefore).toBe(6);
      expect((await request(http()).get(`/api/exports/${id}/file`)).status).toBe(401);
      // Signed out: the old cookie is dead.
      const cookie = await cast.cookieOf('advocate');
      await request(http()).post('/api/auth/logout').set('Cookie', cookie);
      expect(
        (await request(http()).get(`/api/exports/${id}/file`).set('Cookie', cookie)).status,
      ).toBe(401);
    });

    it('keeps files under a random name outside the web root, and deletes them after retention', async () => {
      const { id } = await exportFile('advocate', { kind: 'cases', format: 'csv' });
      const files = readdirSync(dir);
      const [row] = (await t.dataSource.query('select file_name from export_file where id = $1', [
        id,
      ])) as [{ file_name: string }];
      expect(files).toContain(row.file_name);
      expect(row.file_name).toMatch(/^[A-Za-z0-9_-]{43}\.csv$/);
      expect(row.file_name).not.toContain(id);

      const cleanup = worker.get(ExportsCleanup);
      expect((await cleanup.tick(new Date(Date.now() + 6 * 86_400_000))).expired).toBe(0);
      expect(readdirSync(dir)).toContain(row.file_name);
      expect((await cleanup.tick(new Date(Date.now() + 8 * 86_400_000))).expired).toBe(1);
      expect(readdirSync(dir)).not.toContain(row.file_name);
      const res = await cast.get('advocate', `/exports/${id}/file`);
      expect(res.status).toBe(404);
      expect(((await cast.get('advocate', `/exports/${id}`)).body as ExportResponse).status).toBe(
        'expired',
      );
    });
  });

  it('runs parallel exports of several users to separate, correct files', async () => {
    const askers: Who[] = [
      'advocate',
      'colleague',
      'supervisor',
      'staff',
      'advocate',
      'supervisor',
    ];
    // Sessions first: the requests, not the sign-ins, are what run in parallel here.
    await cast.signInAll('advocate', 'colleague', 'supervisor', 'staff');
    const results = await Promise.all(
      askers.map((who, i) =>
        exportFile(who, { kind: 'cases', format: i % 2 === 0 ? 'csv' : 'xlsx' }).then((r) => ({
          who,
          i,
          ...r,
        })),
      ),
    );
    const names = (await t.dataSource.query('select file_name from export_file')) as Array<{
      file_name: string;
    }>;
    expect(new Set(names.map((n) => n.file_name)).size).toBe(askers.length);
    for (const r of results) {
      if (r.i % 2 !== 0) continue;
      const rows = strictCsv(r.file.toString('utf8'));
      const expectedRefs =
        r.who === 'advocate' ? [mine.reference] : r.who === 'colleague' ? [theirs.reference] : null;
      if (expectedRefs) expect(rows.map((x) => x['Reference'])).toEqual(expectedRefs);
      else expect(rows).toHaveLength(2);
    }
    const [{ n }] = (await t.dataSource.query(
      `select count(*)::int as n from audit_event where action = 'export'`,
    )) as [{ n: number }];
    expect(n).toBe(askers.length);
  });

  it("never lists another organisation's rows, in any kind of export (security-checks A3)", async () => {
    // The other organisation's case has a row of every kind; its reference (a fixture sequence
    // unique across organisations) is in every row of every export.
    const today = new Date().toISOString().slice(0, 10);
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const seedRows = async (c: SeededCase, performer: string): Promise<void> => {
      // An emergency order: its expiry falls in the deadline report's week.
      const orderId = await insertOrderRow(t.dataSource, c, { kind: 'FA_EPO', issuedOn: today });
      await insertHearingRow(t.dataSource, c, {
        orderId,
        scheduledOn: soon,
        scheduledTime: '09:30',
      });
      await insertViolationRow(t.dataSource, c, {
        orderId,
        occurredOn: today,
        acts: ['stalking'],
        potentialClass: 'class_1_misdemeanor',
      });
      await insertTaskRow(t.dataSource, c, { title: 'Call the clerk', dueOn: soon });
      await t.dataSource.query(
        `insert into service_activity (organisation_id, case_id, kind, performed_on, minutes, performed_by)
         values ($1, $2, 'advice', $3, 30, $4)`,
        [c.organisationId, c.id, today, performer],
      );
      await t.dataSource.transaction((m) =>
        t.app.get(CaseComputationService).recompute(m, c.organisationId, c.id, { other: 'caseId' }),
      );
    };
    const foreign = await insertCase(t.dataSource, cast.otherOrgId, {
      advocateIds: [cast.users.outsider.id],
      clientName: 'Zenobia Farthingale',
      stage: 'order_in_effect',
    });
    await seedRows(foreign, cast.users.outsider.id);
    await seedRows(mine, cast.users.advocate.id);

    const bodyOf = (kind: string) =>
      kind === 'deadline_report'
        ? { kind, format: 'pdf', filters: { from: today } }
        : { kind, format: 'csv' };
    const textOf = async (who: Who, kind: string): Promise<string> => {
      const { file } = await exportFile(who, bodyOf(kind));
      return kind === 'deadline_report' ? pdfText(file) : file.toString('utf8');
    };
    const seen: Record<string, { own: boolean; foreign: boolean; otherSeesIts: boolean }> = {};
    for (const kind of EXPORT_KINDS) {
      const own = await textOf('supervisor', kind);
      const other = await textOf('outsider', kind);
      seen[kind] = {
        own: own.includes(mine.reference),
        foreign: own.includes(foreign.reference) || own.includes('Farthingale'),
        otherSeesIts: other.includes(foreign.reference) && !other.includes(mine.reference),
      };
    }
    // Each export holds its own organisation's rows (so the check is not vacuous), never the other's.
    expect(seen).toEqual(
      Object.fromEntries(
        EXPORT_KINDS.map((k) => [k, { own: true, foreign: false, otherSeesIts: true }]),
      ),
    );
  });

  describe('breach scoping (security-checks F3)', () => {
    it('lists exactly the clients a user revealed or exported in the window, and audits the query', async () => {
      const third = await insertCase(t.dataSource, cast.orgId, {
        advocateIds: [cast.users.colleague.id],
        clientName: 'Philippa Quenby',
      });
      // Reveals are stamped by the API's test clock, exports by the worker's real one.
      const start = new Date(Math.min(Date.now(), t.clock.now().getTime()) - 60_000).toISOString();
      // The advocate reveals on their own case and exports their caseload with confidential columns.
      const reveal = await cast.post('advocate', `/cases/${mine.id}/reveal`, {
        party: 'client',
        field: 'address',
        reason: 'Safety planning call',
      });
      expect(reveal.status).toBe(200);
      await exportFile('advocate', { kind: 'cases', format: 'csv', includeConfidential: true });
      // The colleague reveals on another case; the supervisor exports without confidential columns.
      expect(
        (
          await cast.post('colleague', `/cases/${third.id}/reveal`, {
            party: 'client',
            field: 'phone',
            reason: 'Court notice',
          })
        ).status,
      ).toBe(200);
      await exportFile('supervisor', { kind: 'cases', format: 'csv' });
      const end = new Date(Math.max(Date.now(), t.clock.now().getTime()) + 60_000).toISOString();

      const scope = async (userId: string) => {
        const res = await request(http())
          .get('/api/breach-scope')
          .query({ userId, from: start, to: end })
          .set('Cookie', await cast.cookieOf('admin'));
        expect(res.status).toBe(200);
        return res.body as {
          clients: Array<{ clientId: string; revealed: boolean; exported: boolean }>;
          exports: Array<{ includeConfidential: boolean }>;
        };
      };
      const advocate = await scope(cast.users.advocate.id);
      expect(advocate.clients).toEqual([
        expect.objectContaining({ clientId: mine.clientId, revealed: true, exported: true }),
      ]);
      expect(advocate.exports).toEqual([expect.objectContaining({ includeConfidential: true })]);
      const colleague = await scope(cast.users.colleague.id);
      expect(colleague.clients.map((c) => c.clientId)).toEqual([third.clientId]);
      const supervisor = await scope(cast.users.supervisor.id);
      expect(supervisor.clients).toEqual([]);
      expect(supervisor.exports).toHaveLength(1);

      // Outside the window: nothing.
      const before = await request(http())
        .get('/api/breach-scope')
        .query({ userId: cast.users.advocate.id, from: '2020-01-01T00:00:00Z', to: start })
        .set('Cookie', await cast.cookieOf('admin'));
      expect((before.body as { clients: unknown[] }).clients).toEqual([]);

      const [{ n }] = (await t.dataSource.query(
        `select count(*)::int as n from audit_event where action = 'breach_scope' and actor_user_id = $1`,
        [cast.users.admin.id],
      )) as [{ n: number }];
      expect(n).toBe(4);
      expect(
        (
          await cast.get(
            'supervisor',
            `/breach-scope?userId=${cast.users.advocate.id}&from=${start}&to=${end}`,
          )
        ).status,
      ).toBe(403);
      const bad = await request(http())
        .get('/api/breach-scope')
        .query({ userId: cast.users.advocate.id, from: end, to: start })
        .set('Cookie', await cast.cookieOf('admin'));
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('to');
    });
  });
});
