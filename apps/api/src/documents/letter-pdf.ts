import PDFDocument from 'pdfkit';

import type { RenderedParagraph } from './docx-template';

const MARGIN = 72;

/**
 * Lays out a rendered letter's paragraphs as a US Letter PDF with pdfkit's standard fonts (their
 * WinAnsi encoding covers Spanish: á é í ó ú ñ ü ¿ ¡). A page break in the DOCX is a new page here.
 */
export function paragraphsToPdf(paragraphs: RenderedParagraph[], title: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    info: { Title: title, Author: 'Haven' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fontSize(12);
  for (const p of paragraphs) {
    if (p.pageBreakBefore) doc.addPage();
    doc
      .font(p.bold ? 'Times-Bold' : 'Times-Roman')
      .text(p.text === '' ? ' ' : p.text, { align: p.centred ? 'center' : 'left' })
      .moveDown(0.3);
  }
  doc.end();
  return done;
}
