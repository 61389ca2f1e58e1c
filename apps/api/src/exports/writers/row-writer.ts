import type { Cell } from './cell-safety';

/** One output format of a tabular export: a header, then rows, then the end of the file. */
export interface RowWriter {
  header(columns: readonly string[]): Promise<void>;
  /** A batch at a time: one await per cursor batch rather than one per row (bench:export). */
  rows(batch: ReadonlyArray<readonly Cell[]>): Promise<void>;
  finish(): Promise<void>;
}
