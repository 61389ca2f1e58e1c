import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('scripts/check-engines.mjs', () => {
  it('finds every installed dependency compatible with Node 20.19+', () => {
    const result = spawnSync(process.execPath, [join(__dirname, 'check-engines.mjs')], {
      encoding: 'utf8',
    });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
