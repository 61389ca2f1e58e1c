import PizZip from 'pizzip';
import request from 'supertest';

import {
  computeDeadlines,
  STATEWIDE_CALENDAR,
  type CaseComputation,
  type CaseEvent,
} from '@haven/rules';
import type { ClientLetterRequest, TaskListResponse, TemplateListResponse } from '@haven/contracts';

import { FieldCipher } from '@api/crypto/field-cipher';
import { secretContext } from '@api/parties/confidential-fields';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { readDocx, readPdf, type ReadDocument } from '@haven/testing/documents';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { formatLetterDate, formatLetterTime } from './document-dates';
import { builtinTemplate } from './template-catalogue';

// Seeded secrets: invented, and looked for where they must not be.
const HOME_ADDRESS = '417 Zephyrwick Lane\nMarbleton, VA 22000';
const SAFE_ADDRESS = 'c/o Lanternfield Shelter\nPO Box 5521\nMarbleton, VA 22001';

const CAST = castOf('advocate', 'unassigned', 'supervisor', 'staff', 'admin', 'outsider');
type Who = keyof typeof CAST;

const JDR = {
  issuingCourtId: 'jdr-fairfax',
  issuingCourtKind: 'JDR',
  issuingLocality: 'Fairfax County',
};
const COURT = { courtId: 'jdr-fairfax', kind: 'JDR', locality: 'Fairfax County' } as const;
// Now: Mon 1 May 2028, 10:00 in Virginia.
const NOW = { date: '2028-05-01', time: '10:00' };

function binary(res: request.Response, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('documents from the case: motion, notice, client letters, templates (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let orderCase: SeededCase;
  let hearingCase: SeededCase;
  let orderId: string;
  let hearingId: string;

  const http = () => t.app.getHttpServer();

  async function generate(
    who: Who,
    caseId: string,
    path: string,
    body: object,
  ): Promise<request.Response> {
    return request(http())
      .post(`/api/cases/${caseId}/documents/${path}`)
      .set('Cookie', await cast.cookieOf(who))
      .send(body)
      .buffer(true)
      .parse(binary);
  }

  /** A generation that must succeed: its file, read back. */
  async function generated(
    caseId: string,
    path: string,
    body: object,
    format: 'docx' | 'pdf' = 'docx',
  ): Promise<{ doc: ReadDocument; res: request.Response }> {
    const res = await generate('advocate', caseId, path, body);
    if (res.status !== 200) {
      throw new Error(`${path}: ${res.status} ${(res.body as Buffer).toString('utf8')}`);
    }
    const file = res.body as Buffer;
    return { doc: format === 'pdf' ? await readPdf(file) : readDocx(file), res };
  }

  function jsonOf(res: request.Response): Record<string, unknown> {
    return JSON.parse((res.body as Buffer).toString('utf8')) as Record<string, unknown>;
  }

  async function put(who: Who, path: string, body: object): Promise<request.Response> {
    return request(http())
      .put(`/api${path}`)
      .set('Cookie', await cast.cookieOf(who))
      .send(body);
  }

  async function audits(
    action: string,
  ): Promise<
    Array<{ details: Record<string, unknown>; reason: string | null; target_type: string }>
  > {
    return t.dataSource.query(
      `select details, reason, target_type from audit_event where action = $1 order by id`,
      [action],
    ) as Promise<
      Array<{ details: Record<string, unknown>; reason: string | null; target_type: string }>
    >;
  }

  async function storedDocuments(): Promise<number> {
    const [row] = (await t.dataSource.query('select count(*)::int as n from case_document')) as [
      { n: number },
    ];
    return row.n;
  }

  /** The same facts as the seeded order case, computed by the rules library itself. */
  function expectedForOrderCase(): CaseComputation {
    const events: CaseEvent[] = [
      {
        type: 'order_issued',
        order: {
          orderId,
          kind: 'FA_PO',
          issuedAt: { date: '2026-06-17' },
          issuingCourt: COURT,
          statedExpiry: { date: '2028-06-17' },
          petitionerWasFamilyOrHouseholdAtInitialOrder: true,
          reliefs: ['NO_ABUSE_OR_CRIME', 'NO_CONTACT'],
        },
      },
    ];
    return computeDeadlines({ events }, STATEWIDE_CALENDAR, NOW);
  }

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    t.clock.set(new Date('2028-05-01T14:00:00Z'));
    cast = await seedCast(t, CAST);
    orderCase = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
    });
    hearingCase = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
      hasMedicalEvidence: true,
    });
    // A final order of Wed 17 Jun 2026 stating Sat 17 Jun 2028: the motion must be filed by Fri 16 Jun.
    const order = await cast.post('advocate', `/cases/${orderCase.id}/orders`, {
      kind: 'FA_PO',
      issuedOn: '2026-06-17',
      statedExpiryOn: '2028-06-17',
      petitionerHouseholdAtInitial: true,
      reliefs: ['NO_ABUSE_OR_CRIME', 'NO_CONTACT'],
      ...JDR,
    });
    expect(order.status).toBe(201);
    orderId = (order.body as { id: string }).id;
    // A final trial on Tue 30 May 2028 at 09:30: the medical-records notice is due Sat 20 May,
    // so it is given by Fri 19 May (R13, A-14).
    await t.dataSource.query(
      `insert into petition (organisation_id, case_id, order_kind_sought, filed_on, court_id, court_kind, court_locality)
       values ($1, $2, 'FA_PO', '2028-04-20', 'jdr-fairfax', 'JDR', 'Fairfax County')`,
      [cast.orgId, hearingCase.id],
    );
    const hearing = await cast.post('advocate', `/cases/${hearingCase.id}/hearings`, {
      kind: 'final_trial',
      scheduledOn: '2028-05-30',
      scheduledTime: '09:30',
    });
    expect(hearing.status).toBe(201);
    hearingId = (hearing.body as { id: string }).id;
    const cipher = t.app.get(FieldCipher);
    for (const c of [orderCase, hearingCase]) {
      await t.dataSource.query('update client set address_enc = $2 where id = $1', [
        c.clientId,
        cipher.encrypt(HOME_ADDRESS, secretContext('client', c.clientId, 'address')),
      ]);
    }
  });

  async function names(c: SeededCase): Promise<{ client: string; respondent: string }> {
    const [row] = (await t.dataSource.query(
      `select cl.full_name as client, r.full_name as respondent
         from case_file c join client cl on cl.id = c.client_id join respondent r on r.id = c.respondent_id
        where c.id = $1`,
      [c.id],
    )) as [{ client: string; respondent: string }];
    return row;
  }

  async function instructions(c: SeededCase, body: object): Promise<void> {
    const res = await put('advocate', `/cases/${c.id}/safe-contact`, body);
    expect(res.status).toBe(200);
  }

  describe('the motion to extend', () => {
    it('carries the parties, the court and the dates, citation and rule version the rules library computes', async () => {
      const expected = expectedForOrderCase();
      const status = expected.orders.find((o) => o.orderId === orderId);
      const fileBy = expected.deadlines.find((d) => d.kind === 'file_by' && d.orderId === orderId);
      expect(status?.expiresAt?.date).toBe('2028-06-17');
      expect(fileBy?.due.date).toBe('2028-06-16');

      const { doc, res } = await generated(orderCase.id, 'extension-motion', {
        grounds: 'The respondent sent threatening messages in April 2028.',
      });
      expect(res.headers['content-type']).toContain('wordprocessingml');
      expect(res.headers['x-template-key']).toBe('extension_motion');
      expect(res.headers['x-template-version']).toBe('0');
      const { client, respondent } = await names(orderCase);
      expect(doc.text).toContain(client);
      expect(doc.text).toContain(respondent);
      expect(doc.text).toContain(`On ${formatLetterDate('2026-06-17', 'en')} this Court`);
      expect(doc.text).toContain(`expires on ${formatLetterDate(status!.expiresAt!.date, 'en')}`);
      expect(doc.text).toContain(`on or before ${formatLetterDate(fileBy!.due.date, 'en')}`);
      expect(doc.text).toContain('June 16, 2028');
      expect(doc.text).toContain(fileBy!.citation.text);
      expect(doc.text).toContain(`rule ${fileBy!.ruleId}, version ${fileBy!.ruleVersion}`);
      expect(doc.text).toContain('threatening messages in April 2028');

      // Audited, and nothing generated is kept unless filed.
      expect(await audits('document_generated')).toEqual([
        expect.objectContaining({
          details: expect.objectContaining({
            kind: 'extension_motion',
            templateKey: 'extension_motion',
            templateVersion: 0,
            includesConfidential: false,
            filedDocumentId: null,
          }),
        }),
      ]);
      expect(await storedDocuments()).toBe(0);
    });

    it('answers 409 naming the problem for a case with no final order', async () => {
      const res = await generate('advocate', hearingCase.id, 'extension-motion', {});
      expect(res.status).toBe(409);
      expect(jsonOf(res)['error']).toBe('DOCUMENT_NOT_APPLICABLE');
    });

    it('is linked from the "file the motion" task, whose link answers the prefilled draft', async () => {
      const [followup] = (await t.dataSource.query(
        `select id, version, title from followup where case_id = $1 and kind = 'extension_file_motion'`,
        [orderCase.id],
      )) as Array<{ id: string; version: number; title: string }>;
      expect(followup).toBeDefined();
      // The worker delivers a follow-up as a task on its day; deliver this one now.
      await t.dataSource.query(
        `insert into task (organisation_id, case_id, followup_id, followup_version, title, due_on,
                           assignee_id, source_rule)
         values ($1, $2, $3, $4, $5, '2028-06-16', $6, 'VA.FA.PO.EXTENSION_FILE_BY')`,
        [
          cast.orgId,
          orderCase.id,
          followup!.id,
          followup!.version,
          followup!.title,
          cast.users.advocate.id,
        ],
      );
      const tasks = await cast.get('advocate', '/tasks?assignee=me');
      expect(tasks.status).toBe(200);
      const task = (tasks.body as TaskListResponse).items.find((x) => x.caseId === orderCase.id);
      expect(task?.draft).toEqual({
        kind: 'extension_motion',
        caseId: orderCase.id,
        orderId,
        api: `/api/cases/${orderCase.id}/documents/extension-motion`,
        body: { orderId },
      });
      const draft = await request(http())
        .post(task!.draft!.api)
        .set('Cookie', await cast.cookieOf('advocate'))
        .send(task!.draft!.body)
        .buffer(true)
        .parse(binary);
      expect(draft.status).toBe(200);
      expect(readDocx(draft.body as Buffer).text).toContain('MOTION TO EXTEND PROTECTIVE ORDER');
    });
  });

  describe('the notice of intent to present medical records', () => {
    it('gives the hearing and the R13 notice dates the rules library computes, with the court-day note', async () => {
      const [petition] = (await t.dataSource.query('select id from petition where case_id = $1', [
        hearingCase.id,
      ])) as [{ id: string }];
      const expected = computeDeadlines(
        {
          events: [
            {
              type: 'petition_filed',
              petitionId: petition.id,
              on: { date: '2028-04-20' },
              sought: 'FA_PO',
              courtId: 'jdr-fairfax',
            },
            {
              type: 'hearing_scheduled',
              hearingId,
              kind: 'final_trial',
              at: { date: '2028-05-30', time: '09:30' },
            },
            { type: 'medical_evidence_recorded', caseId: hearingCase.id },
          ],
        },
        STATEWIDE_CALENDAR,
        NOW,
      );
      const notice = expected.deadlines.find(
        (d) => d.ruleId === 'VA.FA.MEDICAL_NOTICE' && d.hearingId === hearingId,
      );
      expect(notice).toMatchObject({ due: { date: '2028-05-20' }, actBy: '2028-05-19' });

      const { doc } = await generated(hearingCase.id, 'medical-notice', {});
      expect(doc.text).toContain(
        `hearing on ${formatLetterDate('2028-05-30', 'en')} at ${formatLetterTime('09:30', 'en')}`,
      );
      expect(doc.text).toContain(`must be given by ${formatLetterDate(notice!.due.date, 'en')}`);
      expect(doc.text).toContain(`give it by ${formatLetterDate(notice!.actBy!, 'en')}`);
      expect(doc.text).toContain(notice!.citation.text);
      expect(doc.text).toContain(`version ${notice!.ruleVersion}`);
    });

    it('answers 409 when no hearing of the case has a medical-records deadline', async () => {
      const res = await generate('advocate', orderCase.id, 'medical-notice', {});
      expect(res.status).toBe(409);
    });
  });

  describe('client letters', () => {
    const LANGUAGES = ['en', 'es'] as const;
    const FORMATS = ['docx', 'pdf'] as const;

    async function letter(
      c: SeededCase,
      body: Partial<ClientLetterRequest> &
        Pick<ClientLetterRequest, 'letter' | 'language' | 'format'>,
    ): Promise<ReadDocument> {
      return (
        await generated(c.id, 'client-letter', { channel: 'in_person', ...body }, body.format)
      ).doc;
    }

    it.each(LANGUAGES.flatMap((l) => FORMATS.map((f) => [l, f] as const)))(
      'writes the expiry letter in %s as %s with the rules library dates and no respondent name',
      async (language, format) => {
        const expected = expectedForOrderCase();
        const expiry = expected.orders.find((o) => o.orderId === orderId)!.expiresAt!.date;
        const fileBy = expected.deadlines.find((d) => d.kind === 'file_by')!.due.date;
        const doc = await letter(orderCase, { letter: 'order_expiry', language, format });
        const flat = doc.text.replace(/\s+/g, ' ');
        expect(flat).toContain(formatLetterDate(expiry, language));
        expect(flat).toContain(formatLetterDate(fileBy, language));
        expect(flat).toContain(language === 'es' ? '17 de junio de 2028' : 'June 17, 2028');
        expect(flat).toContain(language === 'es' ? 'vence el' : 'expires on');
        const { client, respondent } = await names(orderCase);
        expect(flat).toContain(client);
        expect(doc.text).not.toContain(respondent);
      },
    );

    it.each(LANGUAGES.flatMap((l) => FORMATS.map((f) => [l, f] as const)))(
      'writes the hearing letter in %s as %s with the hearing day and time',
      async (language, format) => {
        const doc = await letter(hearingCase, { letter: 'hearing', language, format });
        const flat = doc.text.replace(/\s+/g, ' ');
        expect(flat).toContain(
          `${formatLetterDate('2028-05-30', language)} ${language === 'es' ? 'a' : 'at'} ${formatLetterTime('09:30', language)}`,
        );
        expect(flat).toContain(
          language === 'es' ? '30 de mayo de 2028 a las 9:30' : 'May 30, 2028 at 9:30 AM',
        );
        expect(doc.text).not.toContain((await names(hearingCase)).respondent);
      },
    );

    it.each(LANGUAGES.flatMap((l) => FORMATS.map((f) => [l, f] as const)))(
      'writes the extended-order letter in %s as %s with the new expiry from the rules library',
      async (language, format) => {
        const motion = await cast.post(
          'advocate',
          `/cases/${orderCase.id}/orders/${orderId}/extension-motions`,
          {
            filedOn: '2028-05-01',
          },
        );
        expect(motion.status).toBe(201);
        const grant = await cast.post(
          'advocate',
          `/cases/${orderCase.id}/orders/${orderId}/extension-motions/${(motion.body as { id: string }).id}/grant`,
          { issuedOn: '2028-05-01' },
        );
        expect(grant.status).toBe(201);
        const extended = (grant.body as { order: { id: string } }).order;
        const expected = computeDeadlines(
          {
            events: [
              ...[
                {
                  type: 'order_issued',
                  order: {
                    orderId,
                    kind: 'FA_PO',
                    issuedAt: { date: '2026-06-17' },
                    issuingCourt: COURT,
                    statedExpiry: { date: '2028-06-17' },
                    petitionerWasFamilyOrHouseholdAtInitialOrder: true,
                    reliefs: ['NO_ABUSE_OR_CRIME', 'NO_CONTACT'],
                  },
                } as CaseEvent,
              ],
              {
                type: 'extension_motion_filed',
                orderId,
                on: { date: '2028-05-01' },
                motionId: (motion.body as { id: string }).id,
              },
              { type: 'extension_granted', orderId, newOrderId: extended.id, on: '2028-05-01' },
            ],
          },
          STATEWIDE_CALENDAR,
          NOW,
        );
        const newExpiry = expected.orders.find((o) => o.orderId === extended.id)!.expiresAt!.date;
        expect(newExpiry).toBe('2030-05-01');
        const doc = await letter(orderCase, { letter: 'order_extended', language, format });
        const flat = doc.text.replace(/\s+/g, ' ');
        expect(flat).toContain(formatLetterDate(newExpiry, language));
        expect(flat).toContain(formatLetterDate('2028-05-01', language));
        expect(doc.text).not.toContain((await names(orderCase)).respondent);
      },
    );

    it('names the respondent only when asked, and then after the first page', async () => {
      const { respondent } = await names(orderCase);
      const docx = await letter(orderCase, {
        letter: 'order_expiry',
        language: 'en',
        format: 'docx',
        nameRespondent: true,
      });
      expect(docx.pages.length).toBe(2);
      expect(docx.pages[0]).not.toContain(respondent);
      expect(docx.pages[1]).toContain(respondent);
      const pdf = await letter(orderCase, {
        letter: 'order_expiry',
        language: 'es',
        format: 'pdf',
        nameRespondent: true,
      });
      expect(pdf.pages[0]).not.toContain(respondent);
      expect(pdf.text).toContain(respondent);
    });

    it('posts to the safe address only when the instructions say so, and puts the address in only when asked, with a reveal', async () => {
      await instructions(orderCase, {
        mail: 'safe_address_only',
        phone: 'no_voicemail',
        safeAddress: SAFE_ADDRESS,
      });
      const plain = await letter(orderCase, {
        letter: 'order_expiry',
        language: 'es',
        format: 'pdf',
        channel: 'mail_safe_address',
      });
      expect(plain.text).toContain('Escriba la dirección a mano');
      expect(plain.text).not.toContain('Lanternfield');
      expect(plain.text).not.toContain('Zephyrwick');

      const noReason = await generate('advocate', orderCase.id, 'client-letter', {
        letter: 'order_expiry',
        language: 'es',
        format: 'docx',
        channel: 'mail_safe_address',
        includeAddress: true,
      });
      expect(noReason.status).toBe(400);
      const fields = jsonOf(noReason)['fields'] as Array<{ field: string }>;
      expect(new Set(fields.map((f) => f.field))).toEqual(new Set(['revealReason']));

      const addressed = await letter(orderCase, {
        letter: 'order_expiry',
        language: 'es',
        format: 'docx',
        channel: 'mail_safe_address',
        includeAddress: true,
        revealReason: 'Posting the expiry letter to the shelter.',
      });
      expect(addressed.pages[0]).toContain('c/o Lanternfield Shelter');
      expect(addressed.text).not.toContain('Zephyrwick');
      expect(addressed.text).not.toContain((await names(orderCase)).respondent);
      const reveals = await audits('reveal');
      expect(reveals).toEqual([
        expect.objectContaining({
          target_type: 'client_safe_contact.safeAddress',
          reason: 'Posting the expiry letter to the shelter.',
        }),
      ]);
      const made = await audits('document_generated');
      expect(made.at(-1)?.details).toMatchObject({
        includesConfidential: true,
        channel: 'mail_safe_address',
        language: 'es',
      });
      expect(JSON.stringify(await t.dataSource.query('select * from audit_event'))).not.toContain(
        'Lanternfield',
      );
    });

    it('refuses a letter the instructions forbid with the reason and the allowed channels, stores nothing and audits the refusal', async () => {
      await instructions(orderCase, {
        mail: 'safe_address_only',
        phone: 'no_calls',
        safeAddress: SAFE_ADDRESS,
      });
      const res = await generate('advocate', orderCase.id, 'client-letter', {
        letter: 'order_expiry',
        language: 'en',
        format: 'pdf',
        channel: 'mail_home',
        fileOnCase: true,
      });
      expect(res.status).toBe(409);
      expect(jsonOf(res)).toMatchObject({
        error: 'LETTER_CHANNEL_FORBIDDEN',
        reason: 'The client asked for mail only to the safe address.',
        channel: 'mail_home',
        allowedChannels: ['mail_safe_address', 'in_person'],
      });
      expect(await storedDocuments()).toBe(0);
      expect(await audits('document_generated')).toEqual([]);
      expect(await audits('letter_refused')).toEqual([
        expect.objectContaining({
          reason: 'The client asked for mail only to the safe address.',
          details: { letter: 'order_expiry', language: 'en', channel: 'mail_home' },
        }),
      ]);
    });

    it('refuses any posted letter while no instructions are recorded', async () => {
      const res = await generate('advocate', orderCase.id, 'client-letter', {
        letter: 'order_expiry',
        language: 'en',
        format: 'docx',
        channel: 'mail_home',
      });
      expect(res.status).toBe(409);
      expect(jsonOf(res)['allowedChannels']).toEqual(['in_person']);
    });

    it('keeps a filed letter sealed on the case and opens it only by an audited download', async () => {
      await instructions(orderCase, { mail: 'home_ok', phone: 'voicemail_ok' });
      const res = await generate('advocate', orderCase.id, 'client-letter', {
        letter: 'order_expiry',
        language: 'en',
        format: 'pdf',
        channel: 'mail_home',
        includeAddress: true,
        revealReason: 'Posting the letter home as the client asked.',
        fileOnCase: true,
      });
      expect(res.status).toBe(200);
      const id = res.headers['x-filed-document-id'] as string;
      const [row] = (await t.dataSource.query(
        'select content_enc, template_version from case_document where id = $1',
        [id],
      )) as [{ content_enc: string; template_version: number }];
      expect(row.content_enc).toMatch(/^v1:/);
      expect(row.template_version).toBe(0);
      const list = await cast.get('advocate', `/cases/${orderCase.id}/documents`);
      expect(list.body.items).toEqual([
        expect.objectContaining({
          id,
          kind: 'client_letter',
          includesConfidential: true,
          format: 'pdf',
        }),
      ]);
      const file = await request(http())
        .get(`/api/cases/${orderCase.id}/documents/${id}/file`)
        .set('Cookie', await cast.cookieOf('advocate'))
        .buffer(true)
        .parse(binary);
      expect(file.status).toBe(200);
      expect((file.body as Buffer).equals(res.body as Buffer)).toBe(true);
      expect((await readPdf(file.body as Buffer)).text).toContain('Zephyrwick');
      expect((await audits('reveal')).map((a) => a.target_type)).toEqual([
        'client.address',
        'case_document',
      ]);
    });
  });

  describe('templates', () => {
    const docx = (xmlEdit: (xml: string) => string, key = 'letter_order_expiry_en'): Buffer => {
      const zip = new PizZip(builtinTemplate(key as 'letter_order_expiry_en'));
      zip.file('word/document.xml', xmlEdit(zip.file('word/document.xml')!.asText()));
      return zip.generate({ type: 'nodebuffer' });
    };
    const upload = async (who: Who, key: string, file: Buffer, name = 'ours.docx') =>
      request(http())
        .post(`/api/document-templates/${key}`)
        .set('Cookie', await cast.cookieOf(who))
        .attach('file', file, name);
    const currentVersion = async (key: string): Promise<number> => {
      const res = await cast.get('admin', '/document-templates');
      expect(res.status).toBe(200);
      return (res.body as TemplateListResponse).items.find((x) => x.key === key)!.current.version;
    };

    it('uses an accepted upload as the next version, records it on each document, and keeps it when a later upload is refused', async () => {
      const ours = docx((xml) =>
        xml.replace('{organisationName}', 'Lanternfield Legal Aid letterhead {organisationName}'),
      );
      const accepted = await upload('admin', 'letter_order_expiry_en', ours);
      expect(accepted.status).toBe(201);
      expect(accepted.body).toMatchObject({
        key: 'letter_order_expiry_en',
        current: { version: 1, source: 'organisation' },
      });
      expect(await audits('template_uploaded')).toHaveLength(1);
      const inUse = await request(http())
        .get('/api/document-templates/letter_order_expiry_en/file')
        .set('Cookie', await cast.cookieOf('admin'))
        .buffer(true)
        .parse(binary);
      expect(inUse.status).toBe(200);
      expect(inUse.headers['x-template-version']).toBe('1');
      expect(readDocx(inUse.body as Buffer).text).toContain('Lanternfield Legal Aid letterhead');

      const refusals: Array<[string, Buffer, RegExp]> = [
        ['not a DOCX', Buffer.from('plain text, not a zip'), /is not a valid DOCX file/],
        [
          'unknown placeholder',
          docx((xml) => xml.replace('{fileBy}', '{fileBy} {victimPhone}')),
          /unknown placeholder \{victimPhone\}/,
        ],
        [
          'missing required placeholder',
          docx((xml) => xml.replace('{orderExpiresOn}', 'soon')),
          /missing required placeholder \{orderExpiresOn\}/,
        ],
        [
          'respondent outside its section',
          docx((xml) =>
            xml.replace('Dear {clientName},', 'Dear {clientName}, re {respondentName}'),
          ),
          /\{respondentName\} outside its section/,
        ],
        [
          'broken placeholder',
          docx((xml) => xml.replace('{fileBy}', '{fileBy')),
          /placeholder that cannot be read/,
        ],
      ];
      for (const [what, file, message] of refusals) {
        const res = await upload('admin', 'letter_order_expiry_en', file);
        expect({ what, status: res.status }).toEqual({ what, status: 400 });
        expect(res.body).toMatchObject({
          error: 'TEMPLATE_REFUSED',
          fields: [{ field: 'file', message: expect.stringMatching(message) }],
        });
        expect(await currentVersion('letter_order_expiry_en')).toBe(1);
      }
      expect(await audits('template_uploaded')).toHaveLength(1);

      const { doc, res } = await generated(orderCase.id, 'client-letter', {
        letter: 'order_expiry',
        language: 'en',
        format: 'docx',
        channel: 'in_person',
      });
      expect(res.headers['x-template-version']).toBe('1');
      expect(doc.text).toContain('Lanternfield Legal Aid letterhead');
      expect((await audits('document_generated')).at(-1)?.details).toMatchObject({
        templateVersion: 1,
      });
      // The Spanish letter still comes from the shipped template.
      const es = await generated(orderCase.id, 'client-letter', {
        letter: 'order_expiry',
        language: 'es',
        format: 'docx',
        channel: 'in_person',
      });
      expect(es.res.headers['x-template-version']).toBe('0');
    });

    it('answers 400 naming the key for an unknown template and 403 to a role that does not manage settings', async () => {
      const unknown = await upload(
        'admin',
        'letter_to_the_judge',
        builtinTemplate('letter_hearing_en'),
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.fields).toEqual([expect.objectContaining({ field: 'key' })]);
      expect(
        (await upload('advocate', 'letter_hearing_en', builtinTemplate('letter_hearing_en')))
          .status,
      ).toBe(403);
      expect(
        (await upload('staff', 'letter_hearing_en', builtinTemplate('letter_hearing_en'))).status,
      ).toBe(403);
      expect(await currentVersion('letter_hearing_en')).toBe(0);
    });
  });

  describe('access', () => {
    it('answers 404 for a case of another organisation or one the advocate is not on, and audits the denial', async () => {
      for (const who of ['outsider', 'unassigned'] as const) {
        const res = await generate(who, orderCase.id, 'extension-motion', {});
        expect({ who, status: res.status }).toEqual({ who, status: 404 });
        const options = await cast.get(who, `/cases/${orderCase.id}/documents/options`);
        expect(options.status).toBe(404);
        const safe = await cast.get(who, `/cases/${orderCase.id}/safe-contact`);
        expect(safe.status).toBe(404);
      }
      const denials = (await t.dataSource.query(
        `select count(*)::int as n from audit_event where action = 'access_denied' and target_id = $1`,
        [orderCase.id],
      )) as [{ n: number }];
      expect(denials[0].n).toBe(6);
    });

    it('refuses generation to staff and admins (403) and lets staff read what can be drafted', async () => {
      for (const who of ['staff', 'admin'] as const) {
        const res = await generate(who, orderCase.id, 'client-letter', {
          letter: 'order_expiry',
          language: 'en',
          format: 'docx',
          channel: 'in_person',
        });
        expect({ who, status: res.status }).toEqual({ who, status: 403 });
      }
      const options = await cast.get('staff', `/cases/${orderCase.id}/documents/options`);
      expect(options.status).toBe(200);
      expect(options.body).toMatchObject({
        defaultMotionOrderId: orderId,
        orders: [
          expect.objectContaining({
            orderId,
            expiresOn: '2028-06-17',
            fileBy: '2028-06-16',
            motionAvailable: true,
          }),
        ],
        allowedChannels: ['in_person'],
      });
      expect(await storedDocuments()).toBe(0);
    });
  });
});
