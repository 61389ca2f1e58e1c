import type { Cell } from './cell-safety';

/** One output format of a tabular export: a header, then rows, then the end of the file. */
export interface RowWriter {
  header(columns: readonly string[]): Promise<void>;
  row(cells: readonly Cell[]): Promise<void>;
  finish(): Promise<void>;
}
