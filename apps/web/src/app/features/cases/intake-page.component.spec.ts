import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Role } from '@haven/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { aCaseSummary, aConflictHit, aSessionUser } from '../../../testing/builders';
import { IntakePageComponent } from './intake-page.component';

describe('IntakePageComponent', () => {
  let http: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => {
    http.verify();
    vi.restoreAllMocks();
  });

  interface Page {
    fixture: ComponentFixture<IntakePageComponent>;
    loader: HarnessLoader;
    element: HTMLElement;
    input(label: string): Promise<MatInputHarness>;
    select(label: string, option: string): Promise<void>;
    button(text: string): Promise<MatButtonHarness>;
    errorsOf(label: string): Promise<string[]>;
  }

  async function render(role: Role = 'advocate'): Promise<Page> {
    TestBed.inject(SessionStore).start(aSessionUser({ role }));
    const fixture = TestBed.createComponent(IntakePageComponent);
    await fixture.whenStable();
    // The venue and court fields choose from the court directory, loaded once for the page.
    http.expectOne('/api/courts').flush({ courts: [], localities: [] });
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const field = (label: string) =>
      loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return {
      fixture,
      loader,
      element: fixture.nativeElement as HTMLElement,
      input: async (label) => {
        const control = await (await field(label)).getControl(MatInputHarness);
        if (!control) throw new Error(`no input labelled ${label}`);
        return control;
      },
      select: async (label, option) => {
        const control = await (await field(label)).getControl(MatSelectHarness);
        if (!control) throw new Error(`no select labelled ${label}`);
        await control.open();
        await control.clickOptions({ text: option });
      },
      button: (text) => loader.getHarness(MatButtonHarness.with({ text })),
      errorsOf: async (label) => (await field(label)).getTextErrors(),
    };
  }

  async function fillIn(page: Page): Promise<void> {
    await (await page.input('Client name')).setValue('  Juniper Ashdown ');
    await (await page.input('Client date of birth (optional)')).setValue('1990-04-02');
    await (await page.input('Client phone (optional)')).setValue('555-0100');
    await (await page.input('Client address (optional)')).setValue('12 Hollow Rd');
    await (await page.input('Respondent name')).setValue('Corwin Fallow');
    await page.select('Relationship to the client', 'Former spouse');
    await (
      await page.loader.getHarness(MatCheckboxHarness.with({ label: 'Lives with the client' }))
    ).check();
    await (await page.input('Last act of abuse on')).setValue('2026-03-06');
    await (await page.input('Opened on')).setValue('2026-03-09');
  }

  async function checkConflicts(page: Page, hits = [] as ReturnType<typeof aConflictHit>[]) {
    await (await page.button('Check for conflicts')).click();
    http
      .expectOne('/api/cases/conflict-check')
      .flush({ hits }, { status: 201, statusText: 'Created' });
    await page.fixture.whenStable();
  }

  it('asks every intake question under the labels the tests and the browser suite use', async () => {
    const page = await render();

    const fields = await page.loader.getAllHarnesses(MatFormFieldHarness);
    const labels = await Promise.all(fields.map((field) => field.getLabel()));

    expect(labels).toEqual([
      'Client name',
      'Client date of birth (optional)',
      'Client phone (optional)',
      'Client address (optional)',
      'Client e-mail (optional)',
      'Client employer (optional)',
      'Code word (optional)',
      'Safe times (optional)',
      'Respondent name',
      'Respondent date of birth (optional)',
      'Respondent address (optional)',
      'Respondent description (optional)',
      'Relationship to the client',
      'Last act of abuse on',
      "Venue: the client's county or city (optional)",
      'Court (optional)',
      'Opened on',
      'Order kind (optional)',
    ]);
    await page.loader.getHarness(MatCheckboxHarness.with({ label: 'Lives with the client' }));
  });

  it('offers every relationship by its human label', async () => {
    const page = await render();
    const select = await (
      await page.loader.getHarness(
        MatFormFieldHarness.with({ floatingLabelText: 'Relationship to the client' }),
      )
    ).getControl(MatSelectHarness);
    await select?.open();

    const options = await select?.getOptions();
    const texts = await Promise.all((options ?? []).map((option) => option.getText()));
    expect(texts).toHaveLength(23);
    expect(texts).toContain('Spouse');
    expect(texts).toContain('Former cohabitant');
    expect(texts.filter((text) => text.includes('_'))).toEqual([]);
  });

  it('keeps the contact details out of autofill', async () => {
    const { element } = await render();

    for (const name of ['phone', 'address', 'fullName', 'dateOfBirth']) {
      for (const input of element.querySelectorAll(`input[formcontrolname=${name}]`)) {
        expect(input.getAttribute('autocomplete')).toBe('off');
      }
    }
  });

  it('checks for conflicts, then creates the case and opens its page', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const page = await render();
    await fillIn(page);
    expect(await (await page.button('Create case')).isDisabled()).toBe(true);

    await (await page.button('Check for conflicts')).click();
    const check = http.expectOne('/api/cases/conflict-check');
    expect(check.request.body).toEqual({
      client: { fullName: 'Juniper Ashdown', dateOfBirth: '1990-04-02' },
      respondent: { fullName: 'Corwin Fallow' },
    });
    check.flush({ hits: [] }, { status: 201, statusText: 'Created' });
    await page.fixture.whenStable();
    expect(page.element.textContent).toContain('No conflicts found.');

    await (await page.button('Create case')).click();
    const create = http.expectOne('/api/cases');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({
      client: {
        fullName: 'Juniper Ashdown',
        dateOfBirth: '1990-04-02',
        phone: '555-0100',
        address: '12 Hollow Rd',
      },
      // The yes/no questions of intake are sent as answered, unticked as false.
      respondent: { fullName: 'Corwin Fallow', knownFirearms: false, outOfStateAddress: false },
      intake: {
        relationship: 'former_spouse',
        livesWithRespondent: true,
        lastActOfAbuseOn: '2026-03-06',
        hasMedicalEvidence: false,
      },
      openedOn: '2026-03-09',
    });
    const created = aCaseSummary();
    create.flush(created, { status: 201, statusText: 'Created' });

    expect(navigate).toHaveBeenCalledWith(['/cases', created.id]);
    expect(setItem).not.toHaveBeenCalled();
  });

  it('asks when cohabitation ended only of a former cohabitant, and sends it', async () => {
    const page = await render();
    await fillIn(page);
    expect(page.element.textContent).not.toContain('Cohabitation ended on');

    await page.select('Relationship to the client', 'Former cohabitant');
    await (await page.input('Cohabitation ended on')).setValue('2025-12-01');
    await page.select('Order kind (optional)', 'Family abuse emergency order');
    await checkConflicts(page);
    await (await page.button('Create case')).click();

    const body = http.expectOne('/api/cases').request.body as Record<string, unknown>;
    expect(body['intake']).toMatchObject({
      relationship: 'former_cohabitant',
      cohabitationEndedOn: '2025-12-01',
    });
    expect(body['orderKind']).toBe('FA_EPO');
  });

  it('leaves optional answers out of the request when they are blank', async () => {
    const page = await render();
    await (await page.input('Client name')).setValue('Juniper Ashdown');
    await (await page.input('Respondent name')).setValue('Corwin Fallow');
    await page.select('Relationship to the client', 'Spouse');
    await (await page.input('Last act of abuse on')).setValue('2026-03-06');

    await (await page.button('Check for conflicts')).click();
    const check = http.expectOne('/api/cases/conflict-check');
    expect(check.request.body).toEqual({
      client: { fullName: 'Juniper Ashdown' },
      respondent: { fullName: 'Corwin Fallow' },
    });
    check.flush({ hits: [] });
    await (await page.button('Create case')).click();

    const body = http.expectOne('/api/cases').request.body as Record<
      string,
      Record<string, unknown>
    >;
    expect(body['client']).toEqual({ fullName: 'Juniper Ashdown' });
    expect(body).not.toHaveProperty('orderKind');
    expect(body).not.toHaveProperty('conflictOverrideReason');
    expect(body['intake']).not.toHaveProperty('cohabitationEndedOn');
  });

  it('does not check while a name is missing', async () => {
    const page = await render();

    await (await page.button('Check for conflicts')).click();
    await page.fixture.whenStable();

    http.expectNone('/api/cases/conflict-check');
    expect(await page.errorsOf('Client name')).toEqual(['Client name is required.']);
    expect(await page.errorsOf('Respondent name')).toEqual(['Respondent name is required.']);
  });

  it('shows the hits and keeps an advocate from creating the case', async () => {
    const page = await render('advocate');
    await fillIn(page);

    await checkConflicts(page, [
      aConflictHit({
        party: 'respondent',
        matchedRole: 'client',
        matchedName: 'Corwin Fallow',
        matchedOn: ['name', 'date_of_birth'],
        caseReferences: ['HV-2025-0042', 'HV-2026-0003'],
      }),
    ]);

    const alert = page.element.querySelector('.hits[role="alert"]');
    expect(alert?.textContent?.replace(/\s+/g, ' ').trim()).toContain(
      'The respondent matches an existing client, Corwin Fallow (on name, date of birth), in HV-2025-0042, HV-2026-0003.',
    );
    expect(await (await page.button('Create case')).isDisabled()).toBe(true);
    expect(page.element.textContent).toContain(
      'Only a supervisor can open a case with a conflict.',
    );
    expect(
      await page.loader.getAllHarnesses(
        MatFormFieldHarness.with({ floatingLabelText: 'Reason to override the conflict' }),
      ),
    ).toHaveLength(0);
  });

  it('lets a supervisor override the hits with a reason of at least 10 characters', async () => {
    const page = await render('supervisor');
    await fillIn(page);
    await checkConflicts(page, [aConflictHit()]);

    const create = await page.button('Create case');
    expect(await create.isDisabled()).toBe(true);
    const reason = await page.input('Reason to override the conflict');
    await reason.setValue('Too short');
    expect(await create.isDisabled()).toBe(true);
    await reason.setValue('Same name, different person: checked the dates of birth.');
    expect(await create.isDisabled()).toBe(false);

    await create.click();
    expect(http.expectOne('/api/cases').request.body).toMatchObject({
      conflictOverrideReason: 'Same name, different person: checked the dates of birth.',
    });
  });

  it('asks for a new check once a name changes after the last one', async () => {
    const page = await render();
    await fillIn(page);
    await checkConflicts(page);
    expect(await (await page.button('Create case')).isDisabled()).toBe(false);

    await (await page.input('Respondent name')).setValue('Corwin Fallows');

    expect(await (await page.button('Create case')).isDisabled()).toBe(true);
    expect(page.element.textContent).toContain('The names changed since the last check.');
  });

  it('shows the message of a 409 from create and blocks an advocate from trying again', async () => {
    const page = await render('advocate');
    await fillIn(page);
    await checkConflicts(page);

    await (await page.button('Create case')).click();
    http.expectOne('/api/cases').flush(
      {
        error: 'CONFLICT_CHECK_HIT',
        message:
          'Conflict check: the client matches an existing respondent, Juniper Ashdown. A supervisor must override with a reason.',
        fields: [{ field: 'conflictOverrideReason', message: 'Conflict check: …' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await page.fixture.whenStable();

    const problem = page.element.querySelector('.problem[role="alert"]');
    expect(problem?.textContent?.trim()).toBe(
      'Conflict check: the client matches an existing respondent, Juniper Ashdown. A supervisor must override with a reason.',
    );
    expect(await (await page.button('Create case')).isDisabled()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('offers a supervisor the override after a 409, even when the check had found nothing', async () => {
    const page = await render('supervisor');
    await fillIn(page);
    await checkConflicts(page);
    await (await page.button('Create case')).click();
    http
      .expectOne('/api/cases')
      .flush(
        { error: 'CONFLICT_CHECK_HIT', message: 'Conflict check: a match.' },
        { status: 409, statusText: 'Conflict' },
      );
    await page.fixture.whenStable();

    await (
      await page.input('Reason to override the conflict')
    ).setValue('Checked: not the same person.');
    await (await page.button('Create case')).click();

    expect(http.expectOne('/api/cases').request.body).toMatchObject({
      conflictOverrideReason: 'Checked: not the same person.',
    });
  });

  it('puts the server’s field errors on the controls their dotted paths name', async () => {
    const page = await render();
    await fillIn(page);
    await checkConflicts(page);

    await (await page.button('Create case')).click();
    http.expectOne('/api/cases').flush(
      {
        error: 'validation_failed',
        fields: [
          { field: 'client.fullName', message: 'must be at most 200 characters' },
          { field: 'intake.lastActOfAbuseOn', message: 'is not a real date' },
          { field: 'client.email', message: 'must be an e-mail address' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await page.fixture.whenStable();

    expect(await page.errorsOf('Client name')).toEqual([
      'Client name must be at most 200 characters.',
    ]);
    expect(await page.errorsOf('Last act of abuse on')).toEqual([
      'Last act of abuse on is not a real date.',
    ]);
    // The e-mail is asked at intake now, so its error sits under its field, not in the summary.
    const emailErrors = await page.errorsOf('Client e-mail (optional)');
    expect(emailErrors).toHaveLength(1);
    expect(emailErrors[0]).toContain('must be an e-mail address');
    expect(page.element.querySelector('.problem')?.textContent?.trim()).toBe(
      'Some answers are missing or not valid. See the marked fields.',
    );
  });

  it('shows a rules refusal (a 400 with a sentence) under the field it names', async () => {
    const page = await render();
    await fillIn(page);
    await checkConflicts(page);

    await (await page.button('Create case')).click();
    http.expectOne('/api/cases').flush(
      {
        error: 'DATE_IN_FUTURE',
        message: 'The last act of abuse cannot be after today',
        fields: [
          {
            field: 'intake.lastActOfAbuseOn',
            message: 'The last act of abuse cannot be after today',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await page.fixture.whenStable();

    expect(await page.errorsOf('Last act of abuse on')).toEqual([
      'The last act of abuse cannot be after today.',
    ]);
  });
});
