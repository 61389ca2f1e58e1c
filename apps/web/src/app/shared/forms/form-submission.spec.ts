import { describe, expect, it } from 'vitest';

import { focusFirstInvalid } from './form-submission';

function dialog(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('focusFirstInvalid', () => {
  it('focuses the first invalid field, not the form or a group around it', () => {
    const root = dialog(`
      <form class="ng-invalid">
        <div formGroupName="court" class="ng-invalid">
          <input id="reason" class="ng-valid" />
          <input id="date" type="date" class="ng-invalid" />
          <textarea id="later" class="ng-invalid"></textarea>
        </div>
      </form>`);
    focusFirstInvalid(root);
    expect(document.activeElement?.id).toBe('date');
  });

  it('focuses the first enabled choice inside an invalid radio group', () => {
    const root = dialog(`
      <form class="ng-invalid">
        <mat-radio-group class="ng-invalid">
          <input id="yes" type="radio" disabled />
          <input id="no" type="radio" />
        </mat-radio-group>
      </form>`);
    focusFirstInvalid(root);
    expect(document.activeElement?.id).toBe('no');
  });

  it('leaves focus where it is when every field is valid', () => {
    const root = dialog(`<form class="ng-valid"><button id="save">Save</button></form>`);
    (root.querySelector('#save') as HTMLElement).focus();
    focusFirstInvalid(root);
    expect(document.activeElement?.id).toBe('save');
  });
});
