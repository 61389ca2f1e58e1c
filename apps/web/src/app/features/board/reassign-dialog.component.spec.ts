import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ADA, WREN } from '../../../testing/board-builders';
import { ReassignDialogComponent, type ReassignDialogData } from './reassign-dialog.component';

const DATA: ReassignDialogData = {
  taskId: 'task-1',
  title: 'Call the sheriff about service',
  caseReference: 'HV-2026-0001',
  current: WREN,
};

describe('ReassignDialogComponent', () => {
  let http: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    close = vi.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatDialogRef, useValue: { close, disableClose: false } },
        { provide: MAT_DIALOG_DATA, useValue: DATA },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function choose(name: string | null) {
    const fixture = TestBed.createComponent(ReassignDialogComponent);
    http.expectOne('/api/users/assignable').flush({
      items: [
        { ...ADA, role: 'advocate' },
        { ...WREN, role: 'advocate' },
      ],
    });
    const loader = TestbedHarnessEnvironment.loader(fixture);
    if (name) {
      await (
        await loader.getHarness(MatSelectHarness)
      ).clickOptions({ text: `${name} (advocate)` });
    }
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Reassign' }))).click();
    await fixture.whenStable();
    const errors = async () =>
      (
        await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Assign to' }))
      ).getTextErrors();
    const problem = () =>
      (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent?.trim();
    return { fixture, errors, problem };
  }

  it('starts at the current assignee and refuses to "reassign" to them without calling the API', async () => {
    const { problem } = await choose(null);

    expect(problem()).toBe('The task is already assigned to Wren Calloway.');
    expect(close).not.toHaveBeenCalled();
  });

  it('offers the current assignee first, then everyone the API says may take the task', async () => {
    const fixture = TestBed.createComponent(ReassignDialogComponent);
    http.expectOne('/api/users/assignable').flush({
      items: [
        { ...ADA, role: 'advocate' },
        { id: 'sup-1', displayName: 'Rowan Pike', role: 'supervisor' },
        { ...WREN, role: 'advocate' },
      ],
    });
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);
    await select.open();
    const options = await select.getOptions();

    expect(await Promise.all(options.map((o) => o.getText()))).toEqual([
      'Wren Calloway (now)',
      'Ada Marsh (advocate)',
      'Rowan Pike (supervisor)',
    ]);
  });

  it('shows the API’s refusal of the assignee under the field', async () => {
    const { fixture, errors } = await choose('Ada Marsh');

    http.expectOne('/api/tasks/task-1/assignee').flush(
      {
        error: 'ASSIGNEE_NOT_ELIGIBLE',
        message: 'must be an active advocate or supervisor of this organisation',
        fields: [
          {
            field: 'assigneeId',
            message: 'must be an active advocate or supervisor of this organisation',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(await errors()).toEqual([
      'Assignee must be an active advocate or supervisor of this organisation.',
    ]);
    expect(close).not.toHaveBeenCalled();
  });

  it('says so when the task was finished meanwhile', async () => {
    const { fixture, problem } = await choose('Ada Marsh');

    http
      .expectOne('/api/tasks/task-1/assignee')
      .flush(
        { error: 'TASK_NOT_OPEN', message: 'The task is done; only an open task can change.' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();

    expect(problem()).toBe('The task is done; only an open task can change.');
  });
});
