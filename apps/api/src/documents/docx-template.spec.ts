import PizZip from 'pizzip';

import { TEMPLATE_KEYS } from '@haven/contracts';

import { docxParagraphs, renderDocx, templateProblems } from './docx-template';
import { builtinTemplate, TEMPLATE_SPECS } from './template-catalogue';

function edited(xmlEdit: (xml: string) => string): Buffer {
  const zip = new PizZip(builtinTemplate('letter_hearing_en'));
  zip.file('word/document.xml', xmlEdit(zip.file('word/document.xml')?.asText() ?? ''));
  return zip.generate({ type: 'nodebuffer' });
}

const HEARING = TEMPLATE_SPECS.letter_hearing_en;

describe('document templates', () => {
  it.each(TEMPLATE_KEYS)(
    'accepts the shipped %s template against its own placeholder list',
    (key) => {
      expect(templateProblems(TEMPLATE_SPECS[key], builtinTemplate(key))).toEqual([]);
    },
  );

  it('refuses a file that is not a DOCX', () => {
    expect(templateProblems(HEARING, Buffer.from('%PDF-1.7 not a zip'))).toEqual([
      'is not a valid DOCX file',
    ]);
  });

  it('names an unknown placeholder and a missing required one', () => {
    const file = edited((xml) => xml.replace('{hearingDate}', '{hearingDay}'));
    expect(templateProblems(HEARING, file)).toEqual([
      'uses unknown placeholder {hearingDay}',
      'is missing required placeholder {hearingDate}',
    ]);
  });

  it("refuses the respondent's name outside the section that holds it", () => {
    const file = edited((xml) =>
      xml.replace('Dear {clientName},', 'Dear {clientName} ({respondentName}),'),
    );
    expect(templateProblems(HEARING, file)).toEqual([
      'uses placeholder {respondentName} outside its section {#nameRespondent}…{/nameRespondent}',
    ]);
  });

  it('drops the respondent section, page break included, unless the advocate asks for it', () => {
    const data = {
      organisationName: 'Org',
      letterDate: 'May 1, 2028',
      clientName: 'Client',
      addressBlock: '',
      advocateName: 'Advocate',
      courtName: 'Court',
      hearingDate: 'May 30, 2028',
      hearingTime: '9:30 AM',
      respondentName: 'Respondent Name',
    };
    const without = docxParagraphs(
      renderDocx(builtinTemplate('letter_hearing_en'), { ...data, nameRespondent: false }),
    );
    expect(without.some((p) => p.pageBreakBefore)).toBe(false);
    expect(without.map((p) => p.text).join('\n')).not.toContain('Respondent Name');
    const withName = docxParagraphs(
      renderDocx(builtinTemplate('letter_hearing_en'), { ...data, nameRespondent: true }),
    );
    const breakAt = withName.findIndex((p) => p.pageBreakBefore);
    expect(
      withName
        .slice(0, breakAt)
        .map((p) => p.text)
        .join('\n'),
    ).not.toContain('Respondent Name');
    expect(
      withName
        .slice(breakAt)
        .map((p) => p.text)
        .join('\n'),
    ).toContain('Respondent Name');
  });
});
