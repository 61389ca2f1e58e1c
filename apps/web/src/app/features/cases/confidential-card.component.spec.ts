import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { RevealResponse } from '@haven/contracts';

import { readableText } from '../../../testing/text';
import { ConfidentialCardComponent, safeContactLines } from './confidential-card.component';

describe('ConfidentialCardComponent', () => {
  let answer: RevealResponse | undefined;
  let open: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    answer = undefined;
    open = vi.fn(() => ({ afterClosed: () => of(answer), close: vi.fn() }));
    TestBed.configureTestingModule({ providers: [{ provide: MatDialog, useValue: { open } }] });
  });

  async function render(party: 'client' | 'respondent', canReveal = true) {
    const fixture = TestBed.createComponent(ConfidentialCardComponent);
    fixture.componentRef.setInput('caseId', 'case-1');
    fixture.componentRef.setInput('party', party);
    fixture.componentRef.setInput('canReveal', canReveal);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const rowText = (label: string) =>
      readableText(
        [...element.querySelectorAll('.row')]
          .find((row) => row.querySelector('dt')?.textContent?.trim() === label)
          ?.querySelector('dd'),
      );
    return { fixture, loader, rowText };
  }

  async function reveal(
    page: Awaited<ReturnType<typeof render>>,
    buttonText: string,
    response: RevealResponse,
  ) {
    answer = response;
    await (await page.loader.getHarness(MatButtonHarness.with({ text: buttonText }))).click();
    await page.fixture.whenStable();
  }

  it('masks every client contact field', async () => {
    const { rowText } = await render('client');

    for (const label of ['Address', 'Phone', 'E-mail', 'Employer', 'Safe-contact preferences']) {
      expect(rowText(label)).toBe(
        `•••• hidden Reveal client ${label === 'E-mail' ? 'e-mail' : label.toLowerCase()}`,
      );
    }
  });

  it('masks the respondent’s address and description', async () => {
    const { rowText } = await render('respondent');

    expect(rowText('Address')).toBe('•••• hidden Reveal respondent address');
    expect(rowText('Description')).toBe('•••• hidden Reveal respondent description');
  });

  it('asks the reveal dialog for exactly the field, with the case and party', async () => {
    const page = await render('client');

    await reveal(page, 'Reveal client phone', {
      party: 'client',
      field: 'phone',
      status: 'revealed',
      value: '540-555-0199',
    });

    expect(open.mock.calls[0]?.[1]).toMatchObject({
      data: { caseId: 'case-1', party: 'client', field: 'phone', what: 'the client’s phone' },
    });
    expect(page.rowText('Phone')).toBe('540-555-0199 Hide client phone');
    expect(page.rowText('Address')).toBe('•••• hidden Reveal client address');
  });

  it('says "Not recorded" when the field is empty', async () => {
    const page = await render('client');

    await reveal(page, 'Reveal client employer', {
      party: 'client',
      field: 'employer',
      status: 'empty',
      value: null,
    });

    expect(page.rowText('Employer')).toBe('Not recorded Hide client employer');
  });

  it('says the value is unavailable when it could not be decrypted', async () => {
    const page = await render('client');

    await reveal(page, 'Reveal client address', {
      party: 'client',
      field: 'address',
      status: 'unavailable',
      value: null,
    });

    expect(page.rowText('Address')).toBe(
      'Unavailable: the stored value could not be read. Haven has logged an alert. Hide client address',
    );
  });

  it('shows the safe-contact preferences as lines', async () => {
    const page = await render('client');

    await reveal(page, 'Reveal client safe-contact preferences', {
      party: 'client',
      field: 'safeContact',
      status: 'revealed',
      value: {
        safeToCall: false,
        safeToText: true,
        safeToLeaveVoicemail: false,
        safeToEmail: false,
        codeWord: 'bluebell',
      },
    });

    expect(page.rowText('Safe-contact preferences')).toBe(
      'Safe to call: no Safe to text: yes Safe to leave voicemail: no Safe to e-mail: no Code word: bluebell Hide client safe-contact preferences',
    );
  });

  it('masks a revealed value again on "Hide", and forgets it when the case changes', async () => {
    const page = await render('client');
    const phone: RevealResponse = {
      party: 'client',
      field: 'phone',
      status: 'revealed',
      value: '540-555-0199',
    };

    await reveal(page, 'Reveal client phone', phone);
    await (
      await page.loader.getHarness(MatButtonHarness.with({ text: 'Hide client phone' }))
    ).click();
    expect(page.rowText('Phone')).toBe('•••• hidden Reveal client phone');

    await reveal(page, 'Reveal client phone', phone);
    page.fixture.componentRef.setInput('caseId', 'case-2');
    await page.fixture.whenStable();
    expect(page.rowText('Phone')).toBe('•••• hidden Reveal client phone');
  });

  it('offers no Reveal button to a role that cannot reveal', async () => {
    const { loader, rowText } = await render('client', false);

    expect(rowText('Address')).toBe('•••• hidden');
    expect(await loader.getAllHarnesses(MatButtonHarness)).toHaveLength(0);
  });
});

describe('safeContactLines', () => {
  it('leaves out the code word and safe times when none were given', () => {
    expect(
      safeContactLines({
        safeToCall: true,
        safeToText: false,
        safeToLeaveVoicemail: false,
        safeToEmail: true,
        safeTimes: 'weekdays 9-11',
      }),
    ).toEqual([
      'Safe to call: yes',
      'Safe to text: no',
      'Safe to leave voicemail: no',
      'Safe to e-mail: yes',
      'Safe times: weekdays 9-11',
    ]);
  });
});
