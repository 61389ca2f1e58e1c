import type { Writable } from 'node:stream';

import PDFDocument from 'pdfkit';

/** One deadline of the printable report. */
export interface ReportDeadline {
  advocate: string | null;
  reference: string;
  kind: string;
  ruleId: string;
  dueOn: string;
  dueTime: string | null;
  citation: string;
  explanation: string;
}

const MARGIN = 50;

/**
 * A supervisor's printable deadline report: a title with the period, then one section per
 * advocate with their deadlines in due order, each with its rule and citation. Written to `out`
 * as rows arrive (pdfkit emits pages as they fill), so a month of a large organisation's
 * deadlines does not sit in memory. Case references only: a printout left on a desk names no
 * survivor.
 */
export class DeadlineReportPdf {
  private readonly doc: PDFKit.PDFDocument;
  private currentAdvocate: string | null | undefined = undefined;
  private count = 0;

  constructor(
    private readonly out: Writable,
    private readonly title: { organisation: string; from: string; to: string; generatedAt: string },
  ) {
    this.doc = new PDFDocument({
      size: 'LETTER',
      margin: MARGIN,
      info: { Title: `Deadline report ${title.from} to ${title.to}`, Author: 'Haven' },
    });
    this.doc.pipe(out);
    this.doc.font('Helvetica-Bold').fontSize(16).text(`Deadlines ${title.from} to ${title.to}`);
    this.doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor('#444444')
      .text(`${title.organisation}. Generated ${title.generatedAt} (UTC). Grouped by advocate.`)
      .fillColor('#000000')
      .moveDown();
  }

  add(row: ReportDeadline): void {
    const advocate = row.advocate ?? null;
    if (advocate !== this.currentAdvocate) {
      this.currentAdvocate = advocate;
      this.doc
        .moveDown(0.5)
        .font('Helvetica-Bold')
        .fontSize(12)
        .text(advocate ?? 'Unassigned')
        .moveDown(0.2);
    }
    this.count += 1;
    const when = row.dueTime ? `${row.dueOn} ${row.dueTime}` : row.dueOn;
    this.doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${when}  ${row.reference}  ${row.kind.replace(/_/g, ' ')}`, { continued: false })
      .font('Helvetica')
      .fontSize(9)
      .text(`${row.ruleId}: ${row.citation}`, { indent: 12 })
      .fillColor('#444444')
      .text(row.explanation, { indent: 12 })
      .fillColor('#000000')
      .moveDown(0.3);
  }

  /** Yields to the event loop so pages already laid out reach the file before more are added. */
  async drain(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  async finish(): Promise<void> {
    if (this.count === 0) {
      this.doc.font('Helvetica').fontSize(10).text('No open deadlines fall in this period.');
    }
    const done = new Promise<void>((resolve, reject) => {
      this.out.once('finish', () => resolve());
      this.out.once('error', reject);
    });
    this.doc.end();
    await done;
  }
}
