import { parentPort, workerData } from 'node:worker_threads';

import { BatchBuilder, type BatchSetup } from './batch';
import { toCopyTables } from './bulk-insert';

// A worker thread of seed:scale: builds batches of cases and answers them as COPY text, so the
// main thread only streams them to PostgreSQL while the workers compute the next ones.
const builder = new BatchBuilder(workerData as BatchSetup);
parentPort?.on('message', (size: number) => {
  const started = performance.now();
  const tables = toCopyTables(builder.build(size));
  // The COPY bytes move to the main thread without a copy.
  parentPort?.postMessage(
    { tables, refused: builder.refused, buildMs: performance.now() - started },
    tables.map(([, , data]) => data.buffer as ArrayBuffer),
  );
});
