import { envSchema, InvalidEnvironmentError } from '@api/config/env.schema';
import { BlindIndex } from '@api/crypto/blind-index';
import { FieldCipher, parseKeyRing } from '@api/crypto/field-cipher';
import { createDataSource } from '@api/database/data-source';

import { KeyRotation } from './key-rotation';

const USAGE = `npm run keys:rotate -- [--batch-size=500] [--pause-ms=0] [--status]
Re-seals every confidential value under DATA_ENCRYPTION_KEY_ID and recomputes the blind indexes
under BLIND_INDEX_KEY; resumes a run that was stopped. --status prints the values per key id.`;

function option(args: string[], name: string, fallback: number): number {
  const raw = args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}

/** `npm run keys:rotate`: the operator's key rotation (docs/security.md, "Rotating keys"). */
async function main(args: string[]): Promise<void> {
  if (args.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const parsed = envSchema
    .pick({
      DATABASE_URL: true,
      DATABASE_OWNER_URL: true,
      DATA_ENCRYPTION_KEYS: true,
      DATA_ENCRYPTION_KEY_ID: true,
      BLIND_INDEX_KEY: true,
      BLIND_INDEX_PREVIOUS_KEYS: true,
    })
    .safeParse(process.env);
  if (!parsed.success)
    throw new InvalidEnvironmentError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  const env = parsed.data;
  const batchSize = Math.max(1, option(args, 'batch-size', 500));
  const pauseMs = option(args, 'pause-ms', 0);
  const cipher = new FieldCipher(
    parseKeyRing(env.DATA_ENCRYPTION_KEYS, env.DATA_ENCRYPTION_KEY_ID),
  );
  const index = new BlindIndex(Buffer.from(env.BLIND_INDEX_KEY, 'base64'));
  // The schema owner: the command crosses organisations, which row-level security forbids the app.
  const dataSource = createDataSource(env.DATABASE_OWNER_URL ?? env.DATABASE_URL);
  await dataSource.initialize();
  try {
    const rotation = new KeyRotation(dataSource, cipher, index);
    if (args.includes('--status')) {
      console.log(JSON.stringify({ valuesByKeyId: await rotation.valuesByKeyId() }));
      return;
    }
    let lastPercent = -1;
    const report = await rotation.run({
      batchSize,
      pauseMs,
      onProgress: (done, total) => {
        const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
        if (percent !== lastPercent)
          console.log(`key rotation: ${done}/${total} rows (${percent}%)`);
        lastPercent = percent;
      },
    });
    console.log(
      `key rotation finished: ${report.rowsDone} rows under key "${report.targetKeyId}"` +
        `${report.resumed ? ' (resumed)' : ''}; values per key id ${JSON.stringify(report.valuesByKeyId)}`,
    );
    console.log('Every value is sealed under the new key: the old key may now be removed.');
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error('key rotation stopped:', err instanceof Error ? err.message : err);
  process.exit(1);
});
