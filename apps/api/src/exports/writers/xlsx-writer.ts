import * as ExcelJS from 'exceljs';

import { neutralise, type Cell } from './cell-safety';
import type { RowWriter } from './row-writer';

/**
 * Streams an XLSX workbook to a file with exceljs's WorkbookWriter. Measured in
 * `npm run bench:export`: with shared strings and styles off and each row committed as it is
 * written, the writer keeps no row in memory (shared strings alone grow a table of every distinct
 * string, the known streaming "leak"). Cells are written as plain values: a string is never turned
 * into a formula, and formula-looking text is neutralised as well for readers that re-parse it.
 */
export class XlsxWriter implements RowWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private written = 0;

  constructor(filename: string, sheetName: string) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename,
      useStyles: false,
      useSharedStrings: false,
    });
    this.sheet = this.workbook.addWorksheet(sheetName);
  }

  header(columns: readonly string[]): Promise<void> {
    this.sheet.addRow([...columns]).commit();
    return Promise.resolve();
  }

  async row(cells: readonly Cell[]): Promise<void> {
    this.sheet.addRow(cells.map(neutralise)).commit();
    // The zip stream has no backpressure to wait on; yielding every few thousand rows lets it
    // deflate and write what it holds before more arrives.
    this.written += 1;
    if (this.written % 2000 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  async finish(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }
}
