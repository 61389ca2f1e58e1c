// The acceptance check of issue 12: the repository's own eslint.config.mjs fails on a deliberately
// added import cycle. ESLint loads that config through a dynamic import, which jest's CommonJS
// runtime cannot run, so a child node process does the linting with the real config.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';

import { type GraphOptions, importGraph } from './import-graph.mjs';

const repoRoot = join(__dirname, '../..');

interface ChildRequest {
  configFor: string[];
  lint: { filePath: string; text: string }[];
}
interface ChildAnswer {
  rules: Record<string, [number, GraphOptions] | undefined>[];
  messages: string[][];
}

const childScript = `
import { writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const request = JSON.parse(input);
// Nx's module-boundaries rule reads (and on a fresh checkout builds) the Nx project graph as it
// lints; that side work is not what this spec is about and made its results depend on the
// workspace's cache, so it is off here. The haven rules run exactly as configured.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { rules: { '@nx/enforce-module-boundaries': 'off' } },
});
const rules = [];
for (const filePath of request.configFor) {
  rules.push((await eslint.calculateConfigForFile(filePath)).rules);
}
const messages = [];
for (const { filePath, text } of request.lint) {
  const [result] = await eslint.lintText(text, { filePath });
  messages.push(
    result.messages
      .filter((m) => m.ruleId === null || m.ruleId.startsWith('haven/'))
      .map((m) => m.line + ' ' + (m.ruleId ?? 'fatal') + ' ' + m.message),
  );
}
// Not stdout: other rules of the config (Nx's module boundaries) print warnings there.
writeFileSync(process.env.LINT_ANSWER_FILE, JSON.stringify({ rules, messages }));
`;

function withRealConfig(request: ChildRequest): ChildAnswer {
  const dir = mkdtempSync(join(tmpdir(), 'haven-lint-config-'));
  const answerFile = join(dir, 'answer.json');
  try {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', childScript], {
      cwd: repoRoot,
      input: JSON.stringify(request),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, LINT_ANSWER_FILE: answerFile },
    });
    if (child.status !== 0) throw new Error(`eslint child failed: ${child.stderr}`);
    return JSON.parse(readFileSync(answerFile, 'utf8')) as ChildAnswer;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The options the real config gives a haven rule that it turns on. */
function errorOptions(rules: ChildAnswer['rules'][number] | undefined, rule: string): GraphOptions {
  const options = rules?.[rule]?.[1];
  if (!options) throw new Error(`eslint.config.mjs does not configure ${rule}`);
  return options;
}

/** A graph file of `fromFeature` imported directly by a file of another feature (or of `byFeature`). */
function importedAcrossFeatures(
  options: GraphOptions,
  fromFeature: string,
  byFeature: (feature: string) => boolean,
): { file: string; importer: string } {
  const graph = importGraph(options, repoRoot);
  for (const [importer, targets] of graph.edges) {
    if (!byFeature(graph.featureOf(importer))) continue;
    for (const file of targets.keys()) {
      if (graph.featureOf(file) === fromFeature) return { file, importer };
    }
  }
  throw new Error(`no file of ${fromFeature} is imported from another feature`);
}

const withoutExtension = (file: string) => file.replace(/\.ts$/, '');
const relativeImport = (from: string, to: string) => {
  const path = posix.relative(posix.dirname(from), withoutExtension(to));
  return path.startsWith('.') ? path : `./${path}`;
};

describe('eslint.config.mjs', () => {
  let rules: ChildAnswer['rules'];
  let apiOptions: GraphOptions;
  let webOptions: GraphOptions;
  let api: { file: string; importer: string };
  let web: { file: string; importer: string };
  let messages: ChildAnswer['messages'];

  // Type-aware linting loads each app's TypeScript program, so every file is linted in one child.
  beforeAll(() => {
    ({ rules } = withRealConfig({
      configFor: [
        join(repoRoot, 'apps/api/src/config/app-config.ts'),
        join(repoRoot, 'apps/web/src/app/core/probe.ts'),
      ],
      lint: [],
    }));
    apiOptions = errorOptions(rules[0], 'haven/no-import-cycles');
    webOptions = errorOptions(rules[1], 'haven/no-import-cycles');

    // config/ imports no feature, so a config/ file that a feature imports closes a cycle by
    // importing that feature file back; the same holds for a core/ file of the web app.
    api = importedAcrossFeatures(apiOptions, 'config', (feature) => feature !== 'config');
    web = importedAcrossFeatures(webOptions, 'core', (feature) => feature.startsWith('features/'));

    const source = (options: GraphOptions, file: string) => ({
      filePath: join(options.sourceRoot, file),
      text: readFileSync(join(options.sourceRoot, file), 'utf8'),
    });
    const prepend = (
      { filePath, text }: { filePath: string; text: string },
      specifier: string,
    ) => ({ filePath, text: `import '${specifier}';\n${text}` });
    const apiFile = source(apiOptions, api.file);
    const webFile = source(webOptions, web.file);

    ({ messages } = withRealConfig({
      configFor: [],
      lint: [
        apiFile,
        prepend(apiFile, `@api/${withoutExtension(api.importer)}`),
        webFile,
        prepend(webFile, relativeImport(web.file, web.importer)),
      ],
    }));
  }, 180000);

  // What haven/leaf-folders reports is shown on fixture trees in leaf-folders.spec.ts; here, that
  // the real config turns it on for both apps (and the lint step runs it on the real code).
  it('turns both haven rules on as errors for the API and the web app', () => {
    expect(
      rules.map((r) => [r['haven/no-import-cycles']?.[0], r['haven/leaf-folders']?.[0]]),
    ).toEqual([
      [2, 2],
      [2, 2],
    ]);
  });

  it('passes an API file as it is and fails it once it imports back a feature file that imports it', () => {
    expect(messages.slice(0, 2)).toEqual([
      [],
      [`1 haven/no-import-cycles Import cycle: ${api.file} -> ${api.importer} -> ${api.file}.`],
    ]);
  });

  it('passes a web file as it is and fails it once it imports back a feature file that imports it', () => {
    expect(messages.slice(2, 4)).toEqual([
      [],
      [`1 haven/no-import-cycles Import cycle: ${web.file} -> ${web.importer} -> ${web.file}.`],
    ]);
  });
});
