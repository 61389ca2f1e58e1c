import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { TemplateResponse } from '@haven/contracts';

import { readableText } from '../../../testing/text';
import { TemplatesPageComponent } from './templates-page.component';

const BUILTIN = {
  version: 0,
  source: 'builtin' as const,
  fileName: 'extension_motion.docx',
  uploadedBy: null,
  uploadedAt: null,
  sha256: 'a'.repeat(64),
};
const MOTION: TemplateResponse = {
  key: 'extension_motion',
  title: 'Motion to extend a protective order',
  requiredPlaceholders: ['orderExpiresOn', 'citation'],
  allowedPlaceholders: ['orderExpiresOn', 'citation', 'grounds'],
  current: BUILTIN,
  versions: [BUILTIN],
};

describe('TemplatesPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open() {
    const fixture = TestBed.createComponent(TemplatesPageComponent);
    http.expectOne('/api/document-templates').flush({ items: [MOTION] });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector<HTMLInputElement>('input[type="file"]');
    const choose = (file: File) => {
      if (!input) throw new Error('no file input');
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
    };
    const upload = async () => {
      const loader = TestbedHarnessEnvironment.loader(fixture);
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Upload' }))).click();
    };
    return { fixture, element, choose, upload };
  }

  it('lists each template with the version in use and its required placeholders', async () => {
    const { element } = await open();
    const text = readableText(element);
    expect(text).toContain('Motion to extend a protective order');
    expect(text).toContain('In use: Version 0: shipped with Haven');
    expect(text).toContain('Required placeholders: {orderExpiresOn}, {citation}');
  });

  it('uploads the organisation’s version as the file field and says it is in use', async () => {
    const { fixture, element, choose, upload } = await open();
    const file = new File(['PK'], 'letterhead-motion.docx');
    choose(file);
    await upload();
    const req = http.expectOne('/api/document-templates/extension_motion');
    expect(req.request.method).toBe('POST');
    expect((req.request.body as FormData).get('file')).toBeInstanceOf(File);
    const uploaded = {
      ...BUILTIN,
      version: 1,
      source: 'organisation' as const,
      fileName: 'letterhead-motion.docx',
    };
    req.flush({ ...MOTION, current: uploaded, versions: [uploaded, BUILTIN] });
    await fixture.whenStable();
    expect(readableText(element.querySelector('[role="status"]'))).toBe(
      'Motion to extend a protective order: version 1 is now in use.',
    );
  });

  it('shows the problem a refused upload names, and that the version in use stays', async () => {
    const { fixture, element, choose, upload } = await open();
    choose(new File(['not a zip'], 'motion.docx'));
    await upload();
    http.expectOne('/api/document-templates/extension_motion').flush(
      {
        error: 'validation_failed',
        fields: [{ field: 'file', message: 'uses unknown placeholder {respondentAddress}' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(readableText(element.querySelector('[role="alert"]'))).toBe(
      'The file uses unknown placeholder {respondentAddress}. The version in use did not change.',
    );
    expect(readableText(element)).toContain('In use: Version 0: shipped with Haven');
  });

  it('reads the problem from a refusal that names the file without being a validation answer', async () => {
    const { fixture, element, choose, upload } = await open();
    choose(new File(['plain text'], 'motion.docx'));
    await upload();
    http.expectOne('/api/document-templates/extension_motion').flush(
      {
        error: 'TEMPLATE_REFUSED',
        message: 'is not a valid DOCX file',
        fields: [{ field: 'file', message: 'is not a valid DOCX file' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(readableText(element.querySelector('[role="alert"]'))).toBe(
      'The file is not a valid DOCX file. The version in use did not change.',
    );
  });
});
