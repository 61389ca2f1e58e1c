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
  rules: Record<string, [number, GraphOptions?] | undefined>[];
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

// Where haven/sql-parameters applies: the API's sources, its specs and testing/ helpers, scripts and
// migrations (but those listed as written before the rule); not the web app.
const sqlRuleFiles = {
  'apps/api/src/tasks/tasks.repository.ts': 2,
  'apps/api/src/cases/cases.int-spec.ts': 2,
  'apps/api/src/testing/db-fixtures.ts': 2,
  'scripts/cited-codes.ts': 2,
  'migrations/1799999999999-a-later-migration.ts': 2,
  'migrations/1795430000011-enable-row-level-security.ts': undefined,
  'apps/web/src/app/core/probe.ts': undefined,
};

// A value interpolated into SQL, appended to a real API source.
const injected = [
  `export function findByReference(db: { query(sql: string): Promise<unknown> }, reference: string) {`,
  `  return db.query(\`select id from case_file where reference = '\${reference}'\`);`,
  `}`,
].join('\n');

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
  let sqlRuleLevels: ChildAnswer['rules'];
  let sqlSource: { filePath: string; text: string };

  // Type-aware linting loads each app's TypeScript program, so every file is linted in one child.
  beforeAll(() => {
    ({ rules } = withRealConfig({
      configFor: [
        join(repoRoot, 'apps/api/src/config/app-config.ts'),
        join(repoRoot, 'apps/web/src/app/core/probe.ts'),
        ...Object.keys(sqlRuleFiles).map((file) => join(repoRoot, file)),
      ],
      lint: [],
    }));
    sqlRuleLevels = rules.slice(2);
    rules = rules.slice(0, 2);
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
    sqlSource = source(apiOptions, 'tasks/tasks.repository.ts');

    ({ messages } = withRealConfig({
      configFor: [],
      lint: [
        apiFile,
        prepend(apiFile, `@api/${withoutExtension(api.importer)}`),
        webFile,
        prepend(webFile, relativeImport(web.file, web.importer)),
        sqlSource,
        { ...sqlSource, text: `${sqlSource.text}\n${injected}\n` },
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

  it('turns haven/sql-parameters on for the API, its specs and helpers, scripts and new migrations', () => {
    expect(
      Object.fromEntries(
        Object.keys(sqlRuleFiles).map((file, i) => [
          file,
          sqlRuleLevels[i]?.['haven/sql-parameters']?.[0],
        ]),
      ),
    ).toEqual(sqlRuleFiles);
  });

  it('passes an API source that sends SQL as it is and fails it once it interpolates a value', () => {
    const line = sqlSource.text.split('\n').length + 2;
    expect(messages.slice(4, 6)).toEqual([
      [],
      [
        `${line} haven/sql-parameters SQL passed to .query() interpolates \`\${reference}\`: pass values as parameters (a placeholder from <params>.add(value), or $n/:name with the values array); interpolate only SCREAMING_CASE SQL constants or members of an allow-list constant, or sqlIdentifier(name) for a table or column name.`,
      ],
    ]);
  });
});
