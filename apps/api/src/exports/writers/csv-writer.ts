import type { Writable } from 'node:stream';

import { neutralise, type Cell } from './cell-safety';
import type { RowWriter } from './row-writer';

const BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180: a field with a quote, comma, CR or LF is quoted, and its quotes are doubled. */
export function csvField(value: Cell): string {
  const safe = neutralise(value);
  if (safe === null) return '';
  const text = String(safe);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvField(cells[i] ?? null);
  return `${line}\r\n`;
}

/**
 * Streams CSV (UTF-8, CRLF records) to `out`, buffering about 64 KiB between writes so a large
 * export makes few system calls, and waiting for 'drain' so memory stays flat however many rows.
 */
export class CsvWriter implements RowWriter {
  private buffer = '';

  constructor(
    private readonly out: Writable,
    private readonly options: { bom: boolean },
  ) {}

  async header(columns: readonly string[]): Promise<void> {
    this.buffer = (this.options.bom ? BOM : '') + csvLine(columns);
    await this.flushIfFull();
  }

  async rows(batch: ReadonlyArray<readonly Cell[]>): Promise<void> {
    for (const cells of batch) {
      this.buffer += csvLine(cells);
      if (this.buffer.length >= 65_536) await this.flushIfFull();
    }
  }

  async finish(): Promise<void> {
    await this.write(this.buffer);
    this.buffer = '';
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(() => resolve());
    });
  }

  private async flushIfFull(): Promise<void> {
    if (this.buffer.length < 65_536) return;
    const chunk = this.buffer;
    this.buffer = '';
    await this.write(chunk);
  }

  private async write(chunk: string): Promise<void> {
    if (chunk.length === 0) return;
    if (!this.out.write(chunk, 'utf8')) {
      await new Promise<void>((resolve) => this.out.once('drain', resolve));
    }
  }
}
