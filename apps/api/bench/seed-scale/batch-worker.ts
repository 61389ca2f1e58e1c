import { parentPort, workerData } from 'node:worker_threads';

import { BatchBuilder, type BatchSetup } from './batch';
import { toCopyTables } from './bulk-insert';

// A worker thread of seed:scale: builds batches of cases and answers them as COPY text, so the
// main thread only streams them to PostgreSQL while the workers compute the next ones.
const builder = new BatchBuilder(workerData as BatchSetup);
parentPort?.on('message', (size: number) => {
  const tables = toCopyTables(builder.build(size));
  parentPort?.postMessage({ tables, refused: builder.refused });
});
