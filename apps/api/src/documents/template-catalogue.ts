import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { TEMPLATE_KEYS, type TemplateKey } from '@haven/contracts';

/** What a template may and must contain. */
export interface TemplateSpec {
  key: TemplateKey;
  title: string;
  /** Placeholders the template must use (the dates and citations the document exists for). */
  required: readonly string[];
  /** Every placeholder it may use at the top level (required ones included). */
  allowed: readonly string[];
  /** Sections ({#name}…{/name}) and the placeholders allowed only inside each. */
  sections: Readonly<Record<string, readonly string[]>>;
}

const COURT_CAPTION = ['courtName', 'petitionerName', 'respondentName', 'caseReference'];
const SIGNATURE = ['advocateName', 'organisationName', 'documentDate'];
const LETTER_HEAD = [
  'organisationName',
  'letterDate',
  'clientName',
  'addressBlock',
  'advocateName',
];
// The respondent's name only inside {#nameRespondent}…{/nameRespondent}: it is given only when the
// advocate asks, and the shipped letters put that section after a page break.
const LETTER_SECTIONS = { nameRespondent: ['respondentName'] } as const;

const MOTION: TemplateSpec = {
  key: 'extension_motion',
  title: 'Motion to extend a protective order',
  required: [
    'courtName',
    'petitionerName',
    'respondentName',
    'orderIssuedOn',
    'orderExpiresOn',
    'fileBy',
    'grounds',
    'citation',
    'ruleVersion',
  ],
  allowed: [
    ...COURT_CAPTION,
    ...SIGNATURE,
    'orderIssuedOn',
    'orderExpiresOn',
    'fileBy',
    'grounds',
    'citation',
    'ruleId',
    'ruleVersion',
  ],
  sections: {},
};

const MEDICAL: TemplateSpec = {
  key: 'medical_notice',
  title: 'Notice of intent to present medical records',
  required: [
    'petitionerName',
    'respondentName',
    'hearingDate',
    'noticeBy',
    'citation',
    'ruleVersion',
  ],
  allowed: [
    ...COURT_CAPTION,
    ...SIGNATURE,
    'hearingDate',
    'hearingTime',
    'noticeBy',
    'noticeByNote',
    'citation',
    'ruleId',
    'ruleVersion',
  ],
  sections: { hearingTime: ['hearingTime'], noticeByNote: ['noticeByNote'] },
};

function letter(
  key: TemplateKey,
  title: string,
  dates: string[],
  extra: string[] = [],
): TemplateSpec {
  return {
    key,
    title,
    required: ['clientName', 'addressBlock', ...dates],
    allowed: [...LETTER_HEAD, 'courtName', 'caseReference', ...dates, ...extra],
    sections: { ...LETTER_SECTIONS, ...Object.fromEntries(extra.map((x) => [x, [x]])) },
  };
}

/** Every template Haven generates from, with the placeholders it may and must use. */
export const TEMPLATE_SPECS: Readonly<Record<TemplateKey, TemplateSpec>> = {
  extension_motion: MOTION,
  medical_notice: MEDICAL,
  letter_hearing_en: letter(
    'letter_hearing_en',
    'Letter: your hearing (English)',
    ['hearingDate'],
    ['hearingTime'],
  ),
  letter_hearing_es: letter(
    'letter_hearing_es',
    'Letter: your hearing (Spanish)',
    ['hearingDate'],
    ['hearingTime'],
  ),
  letter_order_expiry_en: letter('letter_order_expiry_en', 'Letter: your order expires (English)', [
    'orderExpiresOn',
    'fileBy',
  ]),
  letter_order_expiry_es: letter('letter_order_expiry_es', 'Letter: your order expires (Spanish)', [
    'orderExpiresOn',
    'fileBy',
  ]),
  letter_order_extended_en: letter(
    'letter_order_extended_en',
    'Letter: your order was extended (English)',
    ['orderExpiresOn', 'extendedOn'],
  ),
  letter_order_extended_es: letter(
    'letter_order_extended_es',
    'Letter: your order was extended (Spanish)',
    ['orderExpiresOn', 'extendedOn'],
  ),
};

/** Whether a path parameter names a template. */
export function isTemplateKey(value: string): value is TemplateKey {
  return (TEMPLATE_KEYS as readonly string[]).includes(value);
}

/**
 * The template files that ship with Haven (version 0), built by scripts/build-document-templates.mjs
 * and copied next to the compiled code by the api build.
 */
const BUILTIN_DIR = join(__dirname, 'templates');
const builtins = new Map<TemplateKey, Buffer>();

/** The shipped template of `key`, read once. */
export function builtinTemplate(key: TemplateKey): Buffer {
  let file = builtins.get(key);
  if (!file) {
    file = readFileSync(join(BUILTIN_DIR, `${key}.docx`));
    builtins.set(key, file);
  }
  return file;
}
