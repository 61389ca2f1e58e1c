import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import * as ts from 'typescript';

/**
 * Finds the codes that comments, test names and READMEs cite (security checks, rules, ambiguity
 * readings, rules-spec sections, worked examples, STYLE.md sections, BullMQ issues) and the rows
 * of docs/ that explain them. Only prose is read, never code, so a spreadsheet cell 'A1' or a
 * colour '#E6E6E6' in a string is not a citation.
 */

/** What a cited code names. */
export type CodeKind =
  'check' | 'checksSection' | 'bullmq' | 'rule' | 'reading' | 'section' | 'example' | 'style';

/** One code cited in one file, with the 1-based line it is on. */
export interface Citation {
  kind: CodeKind;
  code: string;
  file: string;
  line: number;
}

/** The docs page where each kind of code has its row. */
export const DOC_OF: Readonly<Record<CodeKind, string>> = {
  check: 'docs/security-checks.md',
  checksSection: 'docs/security-checks.md',
  bullmq: 'docs/security-checks.md',
  rule: 'docs/rules.md',
  reading: 'docs/rules.md',
  section: 'docs/rules.md',
  example: 'docs/rules.md',
  style: 'docs/README.md',
};

const KIND_WORDS: Readonly<Record<CodeKind, string>> = {
  check: 'security check',
  checksSection: 'security-checks section',
  bullmq: 'BullMQ issue',
  rule: 'rule',
  reading: 'ambiguity reading',
  section: 'rules-spec section',
  example: 'worked example',
  style: 'STYLE.md section',
};

// The pages that define the codes; other pages of docs/ are read like any README.
const DEFINING_PAGES = new Set(Object.values(DOC_OF));
const SCANNED = /\.(ts|mts|cts|js|mjs|cjs|html|md|sh|yaml|yml)$|(^|\/)\.env\.example$|Dockerfile$/;
const HASH_COMMENTS = /\.(sh|yaml|yml)$|(^|\/)\.env\.example$|Dockerfile$/;
const TEST_FUNCTIONS = new Set(['describe', 'it', 'test', 'fdescribe', 'xdescribe', 'fit', 'xit']);

/** Tracked files and new files not yet added (ignored ones excepted) that can hold citations. */
export function sourceFiles(root: string): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\n')
    .filter(
      (file) => SCANNED.test(file) && !DEFINING_PAGES.has(file) && existsSync(join(root, file)),
    );
}

interface Passage {
  text: string;
  offset: number;
}

function passagesOf(file: string, text: string): Passage[] {
  if (file.endsWith('.md')) {
    return [{ text, offset: 0 }];
  }
  if (file.endsWith('.html')) {
    return [...text.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => ({
      text: m[1] ?? '',
      offset: (m.index ?? 0) + 4,
    }));
  }
  if (HASH_COMMENTS.test(file)) {
    return [...text.matchAll(/(^|\s)#(?!!)(.*)$/gm)].map((m) => ({
      text: m[2] ?? '',
      offset: (m.index ?? 0) + (m[1] ?? '').length + 1,
    }));
  }
  return scriptPassages(file, text);
}

// Comments and the titles of describe/it/test calls, found by the TypeScript parser so that a `//`
// inside a string or a regular expression is never mistaken for a comment.
function scriptPassages(file: string, text: string): Passage[] {
  const kind = /\.[mc]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const passages: Passage[] = [];
  const seen = new Set<number>();
  const addComments = (ranges: ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      if (!seen.has(range.pos)) {
        seen.add(range.pos);
        passages.push({ text: text.slice(range.pos, range.end), offset: range.pos });
      }
    }
  };
  const visit = (node: ts.Node): void => {
    addComments(ts.getLeadingCommentRanges(text, node.pos));
    addComments(ts.getTrailingCommentRanges(text, node.end));
    if (ts.isCallExpression(node) && isTestFunction(node.expression)) {
      const title = node.arguments[0];
      if (title !== undefined && ts.isStringLiteralLike(title)) {
        passages.push({ text: title.text, offset: title.getStart(source) });
      } else if (title !== undefined && ts.isTemplateExpression(title)) {
        passages.push({ text: title.getText(source), offset: title.getStart(source) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  addComments(ts.getLeadingCommentRanges(text, source.endOfFileToken.pos));
  return passages;
}

function isTestFunction(callee: ts.Expression): boolean {
  let node: ts.Expression = callee;
  for (;;) {
    if (ts.isIdentifier(node)) {
      return TEST_FUNCTIONS.has(node.text);
    }
    if (ts.isPropertyAccessExpression(node)) {
      node = node.expression;
    } else if (ts.isCallExpression(node)) {
      node = node.expression;
    } else {
      return false;
    }
  }
}

interface Found {
  kind: CodeKind;
  code: string;
  index: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function span(from: number, to: number | undefined): number[] {
  const end = to === undefined || to < from || to - from > 50 ? from : to;
  return Array.from({ length: end - from + 1 }, (_, i) => from + i);
}

// A security check: a letter A–I and a number, e.g. "A8", "G2–G10". Not inside a word, a path,
// a hex value or an identifier.
const CHECK = /(?<![\w#$./\\-])([A-I])([1-9]\d?)(?:\s*[–-]\s*\1?([1-9]\d?))?(?![\w/\\-])/g;
// A rule of libs/rules: "R05", "R09a", "R14–R16".
const RULE = /(?<![\w$./\\-])R(\d{2})([a-z])?(?:\s*[–-]\s*R(\d{2}))?(?![\w/\\-])/g;
// An ambiguity reading of rules-spec section 3: "A-07", "A-01..A-24".
const READING = /(?<![\w-])A-(\d{2})(?:\s*(?:[–-]|\.\.)\s*A-(\d{2}))?(?![\w-])/g;
// Sections of STYLE.md: "STYLE.md §2, §12".
const STYLE = /STYLE\.md\s*(§\s?\d+(?:\s*(?:,|and)\s*§\s?\d+)*)/g;
// A rules-spec section: "§2.1", "rules-spec §1.11". Statute sections ("§ 16.1-279.1", "§ 2.2-3300",
// "§ 1-210(B)", "§ 2265(d)") never match: they go on with a digit, a hyphen or a parenthesis.
const SECTION = /(?<![\w§])§\s?([1-9](?:\.\d{1,2})*)(?!\d|\.\d|[:(\-–])/g;
// A section of the security-checks catalogue: "security-checks §1".
const CHECKS_DOCUMENT = /security-checks\s*$/;
// Another document's section ("HUD §4.3", "800-63B §5.1.1.2") is not a rules-spec one.
const OTHER_DOCUMENT = /(?:\b[A-Z]{2,}|\d[\w-]*)\s*$/;
// Worked examples of rules-spec section 5: "example 25", "examples 1, 10, 12", "examples 12–19",
// and in libs/rules (or after "rules-spec") their table rows: "row 16".
const EXAMPLE = /(?<![\w-])[Ee]xamples?\s+(\d{1,2}(?:\s*(?:,|and|to|–|-)\s*\d{1,2})*)(?!\d)/g;
const SPEC_ROW = /rules-spec\s+rows?\s+(\d{1,2})(?!\d)/g;
const LIB_ROW = /(?<![\w-])rows?\s+(\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*)(?!\d)/g;
// A BullMQ issue: "#892", "#3765". Project issues ("#12") are shorter; "bull#1982" is another repo.
const BULLMQ = /(?<![\w&/#])#([1-9]\d{2,4})(?![\dA-Za-z])/g;

function numberList(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(/\s*(?:,|and)\s*/)) {
    const [from, to] = part.split(/\s*(?:to|–|-)\s*/).map(Number);
    if (from !== undefined && !Number.isNaN(from)) {
      out.push(...span(from, to));
    }
  }
  return out;
}

/** Every code `text` cites, with its index in `text`. */
export function codesIn(text: string, options: { rowsAreExamples?: boolean } = {}): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(CHECK)) {
    for (const n of span(Number(m[2]), m[3] === undefined ? undefined : Number(m[3]))) {
      found.push({ kind: 'check', code: `${m[1]}${n}`, index: m.index ?? 0 });
    }
  }
  for (const m of text.matchAll(RULE)) {
    const codes =
      m[2] === undefined
        ? span(Number(m[1]), m[3] === undefined ? undefined : Number(m[3])).map(
            (n) => `R${pad2(n)}`,
          )
        : [`R${m[1]}${m[2]}`];
    for (const code of codes) {
      found.push({ kind: 'rule', code, index: m.index ?? 0 });
    }
  }
  for (const m of text.matchAll(READING)) {
    for (const n of span(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]))) {
      found.push({ kind: 'reading', code: `A-${pad2(n)}`, index: m.index ?? 0 });
    }
  }
  const styleSpans: Array<[number, number]> = [];
  for (const m of text.matchAll(STYLE)) {
    const at = m.index ?? 0;
    styleSpans.push([at, at + m[0].length]);
    for (const n of (m[1] ?? '').match(/\d+/g) ?? []) {
      found.push({ kind: 'style', code: `STYLE.md §${Number(n)}`, index: at });
    }
  }
  for (const m of text.matchAll(SECTION)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 24), at);
    if (styleSpans.some(([from, to]) => at >= from && at < to)) {
      continue;
    }
    if (CHECKS_DOCUMENT.test(before)) {
      found.push({ kind: 'checksSection', code: `§${m[1]}`, index: at });
    } else if (!OTHER_DOCUMENT.test(before)) {
      found.push({ kind: 'section', code: `§${m[1]}`, index: at });
    }
  }
  const exampleLists = [
    ...text.matchAll(EXAMPLE),
    ...text.matchAll(SPEC_ROW),
    ...(options.rowsAreExamples === true ? text.matchAll(LIB_ROW) : []),
  ];
  for (const m of exampleLists) {
    for (const n of numberList(m[1] ?? '')) {
      found.push({ kind: 'example', code: `example ${n}`, index: m.index ?? 0 });
    }
  }
  for (const m of text.matchAll(BULLMQ)) {
    found.push({ kind: 'bullmq', code: `#${m[1]}`, index: m.index ?? 0 });
  }
  return found;
}

/** Every code `file` (repository-relative) cites in its comments, test names or Markdown text. */
export function citationsIn(file: string, text: string): Citation[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lineStarts.push(i + 1);
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  };
  const rowsAreExamples = file.startsWith('libs/rules/');
  return passagesOf(file, text).flatMap((p) =>
    codesIn(p.text, { rowsAreExamples }).map((f) => ({
      kind: f.kind,
      code: f.code,
      file,
      line: lineOf(p.offset + f.index),
    })),
  );
}

/** The codes docs/ has a row for, by kind, and the text of each rule's row. */
export interface Documented {
  codes: Readonly<Record<CodeKind, Set<string>>>;
  ruleRows: ReadonlyMap<string, string>;
  /** Repository paths the pages name in backticks, with the page that names each. */
  paths: ReadonlyArray<{ page: string; path: string }>;
}

const TABLE_SEPARATOR = /^\|[\s:|-]+\|\s*$/;
const REPO_PATH = /`((?:apps|libs|e2e|scripts|migrations|docker)\/[^`\s*<>]+)`/g;

/** Reads the tables of every page of docs/. */
export function documentedCodes(root: string): Documented {
  const codes: Record<CodeKind, Set<string>> = {
    check: new Set(),
    checksSection: new Set(),
    rule: new Set(),
    reading: new Set(),
    section: new Set(),
    style: new Set(),
    example: new Set(),
    bullmq: new Set(),
  };
  const ruleRows = new Map<string, string>();
  const paths: Array<{ page: string; path: string }> = [];
  const dir = join(root, 'docs');
  const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
  for (const name of pages) {
    const page = `docs/${name}`;
    const text = readFileSync(join(dir, name), 'utf8');
    for (const m of text.matchAll(REPO_PATH)) {
      paths.push({ page, path: (m[1] ?? '').replace(/[.,;:]$/, '') });
    }
    let heading = '';
    for (const line of text.split('\n')) {
      const h = /^#{1,4}\s+(.*)$/.exec(line);
      if (h) {
        heading = h[1] ?? '';
        continue;
      }
      if (!line.startsWith('|') || TABLE_SEPARATOR.test(line)) {
        continue;
      }
      const first = (line.split('|')[1] ?? '').replace(/[`*]/g, '').trim();
      if (/BullMQ/i.test(heading)) {
        for (const m of line.matchAll(BULLMQ)) {
          codes.bullmq.add(`#${m[1]}`);
        }
      } else if (/worked examples/i.test(heading) && /^\d{1,2}$/.test(first)) {
        codes.example.add(`example ${Number(first)}`);
      } else if (/STYLE\.md/.test(heading) && /^§\d+$/.test(first)) {
        codes.style.add(`STYLE.md ${first}`);
      } else if (/^[A-I][1-9]\d?$/.test(first)) {
        codes.check.add(first);
      } else if (/^R\d{2}[a-z]?$/.test(first)) {
        codes.rule.add(first);
        ruleRows.set(first, line);
      } else if (/^A-\d{2}$/.test(first)) {
        codes.reading.add(first);
      } else if (/^§\d+(\.\d+)*$/.test(first)) {
        codes[page === DOC_OF.checksSection ? 'checksSection' : 'section'].add(first);
      }
    }
  }
  return { codes, ruleRows, paths };
}

/** Citations with no row in docs/, each as "file:line cites <kind> <code>: add a row to <page>". */
export function undocumented(citations: readonly Citation[], documented: Documented): string[] {
  return citations
    .filter((c) => !documented.codes[c.kind].has(c.code))
    .map(
      (c) =>
        `${c.file}:${c.line} cites ${KIND_WORDS[c.kind]} ${c.code}: add a row to ${DOC_OF[c.kind]}`,
    );
}
