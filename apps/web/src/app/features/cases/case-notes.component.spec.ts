import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { CaseNotesComponent } from './case-notes.component';

describe('CaseNotesComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(CaseNotesComponent);
    fixture.componentRef.setInput('caseId', 'case-1');
    fixture.componentRef.setInput('notes', []);
    fixture.componentRef.setInput('canWrite', true);
    fixture.componentRef.setInput('canRead', true);
    let added = 0;
    fixture.componentInstance.added.subscribe(() => (added += 1));
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const field = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'New note' }),
    );
    const input = await loader.getHarness(MatInputHarness);
    const add = await loader.getHarness(MatButtonHarness.with({ text: 'Add note' }));
    return { fixture, field, input, add, added: () => added };
  }

  it('says nothing while focus passes through the empty field, and asks for a note on Add', async () => {
    const { field, input, add } = await render();
    await input.focus();
    await input.blur();
    expect(await field.getTextErrors()).toEqual([]);

    await add.click();
    expect(await field.getTextErrors()).toEqual(['Note is required.']);
    http.expectNone('/api/cases/case-1/notes');
  });

  it('adds the note, then shows an empty field without an error', async () => {
    const { fixture, field, input, add, added } = await render();
    await input.setValue('Client moved to her sister’s.');
    await add.click();

    const post = http.expectOne({ method: 'POST', url: '/api/cases/case-1/notes' });
    expect(post.request.body).toEqual({ body: 'Client moved to her sister’s.' });
    post.flush({ id: 'n1', authorId: null, authorName: null, createdAt: '2026-03-09T14:00:00Z' });
    await fixture.whenStable();

    expect(added()).toBe(1);
    expect(await input.getValue()).toBe('');
    expect(await field.getTextErrors()).toEqual([]);
  });
});
