import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import * as parser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';

import haven from '../index.mjs';

const created: string[] = [];

/** Writes `files` (path relative to the tree -> source text) into a new temporary folder. */
export function fixtureTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'haven-lint-'));
  created.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export function removeFixtureTrees(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Lints every file of a tree with only the given haven rules on, and lists `file:line message`. */
export async function lintTree(root: string, rules: Linter.RulesRecord): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser },
        plugins: { haven },
        rules,
      },
    ],
  });
  // lintFiles globs through a dynamic import, which jest's CommonJS runtime cannot run.
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .sort();
  const results = [];
  for (const path of files) {
    const filePath = join(root, path);
    results.push(...(await eslint.lintText(readFileSync(filePath, 'utf8'), { filePath })));
  }
  return results.flatMap((result) =>
    result.messages.map(
      (message) => `${result.filePath.slice(root.length + 1)}:${message.line} ${message.message}`,
    ),
  );
}
