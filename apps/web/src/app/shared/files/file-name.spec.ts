import { describe, expect, it } from 'vitest';

import { fileNameOf } from './file-name';

describe('fileNameOf', () => {
  it('reads a quoted file name', () => {
    expect(fileNameOf('attachment; filename="motion-to-extend-HV-2026-0005.docx"')).toBe(
      'motion-to-extend-HV-2026-0005.docx',
    );
  });

  it('prefers the UTF-8 file name, decoded', () => {
    expect(
      fileNameOf(`attachment; filename="carta.pdf"; filename*=UTF-8''carta-espa%C3%B1ol.pdf`),
    ).toBe('carta-español.pdf');
  });

  it('drops any folder a name carries', () => {
    expect(fileNameOf('attachment; filename="../../etc/motion.docx"')).toBe('motion.docx');
  });

  it('answers null without a header or a name', () => {
    expect(fileNameOf(null)).toBeNull();
    expect(fileNameOf('attachment')).toBeNull();
  });
});
