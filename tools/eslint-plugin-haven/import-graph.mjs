// The import graph of one app's source tree, shared by the rules of this plugin. A lint run checks
// hundreds of files against the same graph, so it is built once per source root and rescanned only
// when files change on disk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

/**
 * @typedef {object} GraphOptions
 * @property {string} sourceRoot The app's source folder, absolute or relative to ESLint's cwd.
 * @property {string} [alias] Import prefix that maps to the source root, e.g. `@api/`.
 * @property {string[]} [ignore] Globs (relative to the source root) of files outside the graph:
 *   tests and composition roots. They may import anything and nothing counts as importing them.
 * @property {string[]} [featureContainers] Folders whose subfolders are the features (`features`
 *   makes `features/cases` a feature rather than `features`).
 */

/** @typedef {{ mtimeMs: number, size: number, specifiers: string[] }} ScannedFile */
/** @typedef {{ from: string, to: string, via: [string, string] }} FeatureHop */

/** Test files sit outside the graph unless a config says otherwise: they may import anything. */
export const TEST_FILES = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.drill-spec.ts', 'testing/**'];

/** JSON schema of {@link GraphOptions}, for the rules' `meta.schema`. */
export const graphOptionsSchema = {
  sourceRoot: { type: 'string' },
  alias: { type: 'string' },
  ignore: { type: 'array', items: { type: 'string' } },
  featureContainers: { type: 'array', items: { type: 'string' } },
};

// An editor keeps one ESLint alive for hours, so the graph must follow the disk; a CLI run lints
// hundreds of files a second, so it should not walk the tree for each of them.
const REVALIDATE_AFTER_MS = 1000;
const SOURCE_FILE = /\.(ts|tsx|mts|cts)$/;
const CANDIDATE_SUFFIXES = ['', '.ts', '.tsx', '.mts', '.cts', '/index.ts', '/index.tsx'];

/** @type {Map<string, ImportGraph>} */
const graphs = new Map();

/**
 * The graph for these options, built on first use and kept up to date with the disk.
 * @param {GraphOptions} options
 * @param {string} cwd ESLint's working directory, against which a relative source root resolves.
 * @returns {ImportGraph}
 */
export function importGraph(options, cwd) {
  const settings = {
    root: path.resolve(cwd, options.sourceRoot),
    alias: options.alias ?? null,
    ignore: options.ignore ?? TEST_FILES,
    featureContainers: options.featureContainers ?? [],
  };
  const key = JSON.stringify(settings);
  let graph = graphs.get(key);
  if (!graph) {
    graph = new ImportGraph(
      settings.root,
      settings.alias,
      settings.ignore,
      settings.featureContainers,
    );
    graphs.set(key, graph);
  }
  graph.revalidate();
  return graph;
}

/**
 * A glob as a regular expression: `**` crosses folders, `*` and `?` do not.
 * @param {string} glob
 * @returns {RegExp}
 */
export function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      source += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else {
      source += (char ?? '').replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/** Files of one source root and the imports between them. */
export class ImportGraph {
  /**
   * @param {string} root absolute source root
   * @param {string | null} alias
   * @param {string[]} ignore
   * @param {string[]} featureContainers
   */
  constructor(root, alias, ignore, featureContainers) {
    this.root = root;
    this.alias = alias;
    this.ignored = ignore.map(globToRegExp);
    this.featureContainers = new Set(featureContainers);
    /** @type {Map<string, ScannedFile>} keyed by path relative to the root, `/`-separated */
    this.files = new Map();
    /** @type {Map<string, Map<string, string>>} file -> imported file -> specifier as written */
    this.edges = new Map();
    /** @type {Map<string, Map<string, [string, string]>>} feature -> feature -> first file edge */
    this.featureEdges = new Map();
    /** @type {Map<string, Map<string, string | null>>} BFS parents from a file, computed lazily */
    this.fileTrees = new Map();
    /** @type {Map<string, Map<string, string | null>>} BFS parents from a feature */
    this.featureTrees = new Map();
    this.checkedAt = -Infinity;
  }

  /** Rescans changed files if the disk was last looked at more than a moment ago. */
  revalidate() {
    const now = Date.now();
    if (now - this.checkedAt < REVALIDATE_AFTER_MS) return;
    this.checkedAt = now;
    if (!statSync(this.root, { throwIfNoEntry: false })?.isDirectory()) {
      throw new Error(`eslint-plugin-haven: the source root ${this.root} is not a folder.`);
    }
    let changed = false;
    const seen = new Set();
    for (const rel of this.#walk('')) {
      seen.add(rel);
      const absolute = path.join(this.root, rel);
      const stat = statSync(absolute, { throwIfNoEntry: false });
      if (!stat) continue;
      const known = this.files.get(rel);
      if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) continue;
      const text = readFileSync(absolute, 'utf8');
      const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
      this.files.set(rel, { mtimeMs: stat.mtimeMs, size: stat.size, specifiers });
      changed = true;
    }
    for (const rel of [...this.files.keys()]) {
      if (!seen.has(rel)) {
        this.files.delete(rel);
        changed = true;
      }
    }
    if (changed) this.#link();
  }

  /**
   * The file's path relative to the source root if it is part of the graph, otherwise null.
   * @param {string} absolute
   * @returns {string | null}
   */
  nodeOf(absolute) {
    const rel = this.#relative(absolute);
    return rel !== null && this.#isNode(rel) ? rel : null;
  }

  /**
   * Where a specifier points inside the source root (without checking that the file exists), or
   * null for a package or a path outside the root.
   * @param {string} fromRel importing file, relative to the root
   * @param {string} specifier
   * @returns {string | null}
   */
  locate(fromRel, specifier) {
    if (this.alias && specifier.startsWith(this.alias)) {
      return path.posix.normalize(specifier.slice(this.alias.length));
    }
    if (
      specifier === '.' ||
      specifier === '..' ||
      specifier.startsWith('./') ||
      specifier.startsWith('../')
    ) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), specifier));
      return target === '..' || target.startsWith('../') ? null : target;
    }
    return null;
  }

  /**
   * The graph file a specifier imports, or null for packages, tests, composition roots and paths
   * that name no file.
   * @param {string} fromRel
   * @param {string} specifier
   * @returns {string | null}
   */
  resolve(fromRel, specifier) {
    const located = this.locate(fromRel, specifier);
    if (located === null) return null;
    const bases = [located];
    // ESM-style TypeScript writes `./x.js` for `./x.ts`.
    if (/\.[mc]?js$/.test(located)) bases.push(located.replace(/\.([mc]?)js$/, '.$1ts'));
    for (const base of bases) {
      for (const suffix of CANDIDATE_SUFFIXES) {
        const candidate = base + suffix;
        if (this.files.has(candidate)) return this.#isNode(candidate) ? candidate : null;
      }
    }
    return null;
  }

  /**
   * The feature a path belongs to: its top folder under the root (or under a feature container),
   * or the file itself when it sits at the root.
   * @param {string} rel
   * @returns {string}
   */
  featureOf(rel) {
    const parts = rel.split('/');
    if (parts.length === 1) return rel;
    const [top, sub] = parts;
    if (top && this.featureContainers.has(top) && parts.length > 2) return `${top}/${sub}`;
    return top ?? rel;
  }

  /**
   * The shortest import chain from one file to another, both ends included, or null.
   * @param {string} from
   * @param {string} to
   * @returns {string[] | null}
   */
  filePath(from, to) {
    let tree = this.fileTrees.get(from);
    if (!tree) {
      tree = breadthFirst(from, (file) => this.edges.get(file)?.keys() ?? []);
      this.fileTrees.set(from, tree);
    }
    return pathTo(tree, to);
  }

  /**
   * The shortest chain of feature imports from one feature to another, each hop with one file
   * import that makes it, or null.
   * @param {string} from
   * @param {string} to
   * @returns {FeatureHop[] | null}
   */
  featurePath(from, to) {
    let tree = this.featureTrees.get(from);
    if (!tree) {
      tree = breadthFirst(from, (feature) => this.featureEdges.get(feature)?.keys() ?? []);
      this.featureTrees.set(from, tree);
    }
    const features = pathTo(tree, to);
    if (!features) return null;
    return features.slice(1).map((feature, i) => {
      const previous = /** @type {string} */ (features[i]);
      const via = /** @type {[string, string]} */ (this.featureEdges.get(previous)?.get(feature));
      return { from: previous, to: feature, via };
    });
  }

  /**
   * @param {string} absolute
   * @returns {string | null}
   */
  #relative(absolute) {
    const rel = path.relative(this.root, absolute);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
    return rel.split(path.sep).join('/');
  }

  /**
   * @param {string} rel
   * @returns {boolean}
   */
  #isNode(rel) {
    return (
      SOURCE_FILE.test(rel) && !rel.endsWith('.d.ts') && !this.ignored.some((re) => re.test(rel))
    );
  }

  /**
   * Source files under a folder of the root, sorted so that reports do not depend on the disk.
   * @param {string} dir relative to the root
   * @returns {string[]}
   */
  #walk(dir) {
    /** @type {string[]} */
    const found = [];
    const entries = readdirSync(path.join(this.root, dir), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) found.push(...this.#walk(rel));
      else if (entry.isFile() && SOURCE_FILE.test(entry.name)) found.push(rel);
    }
    return found;
  }

  #link() {
    this.edges = new Map();
    this.featureEdges = new Map();
    this.fileTrees = new Map();
    this.featureTrees = new Map();
    for (const [from, scanned] of this.files) {
      if (!this.#isNode(from)) continue;
      /** @type {Map<string, string>} */
      const targets = new Map();
      for (const specifier of scanned.specifiers) {
        const to = this.resolve(from, specifier);
        if (to === null || to === from || targets.has(to)) continue;
        targets.set(to, specifier);
        const fromFeature = this.featureOf(from);
        const toFeature = this.featureOf(to);
        if (fromFeature === toFeature) continue;
        let out = this.featureEdges.get(fromFeature);
        if (!out) this.featureEdges.set(fromFeature, (out = new Map()));
        if (!out.has(toFeature)) out.set(toFeature, [from, to]);
      }
      this.edges.set(from, targets);
    }
  }
}

/**
 * @param {string} start
 * @param {(node: string) => Iterable<string>} next
 * @returns {Map<string, string | null>} each reached node's predecessor on a shortest path
 */
function breadthFirst(start, next) {
  /** @type {Map<string, string | null>} */
  const parents = new Map([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = /** @type {string} */ (queue[i]);
    for (const neighbour of next(node)) {
      if (parents.has(neighbour)) continue;
      parents.set(neighbour, node);
      queue.push(neighbour);
    }
  }
  return parents;
}

/**
 * @param {Map<string, string | null>} parents
 * @param {string} to
 * @returns {string[] | null}
 */
function pathTo(parents, to) {
  if (!parents.has(to)) return null;
  const chain = [];
  for (let node = /** @type {string | null | undefined} */ (to); node; node = parents.get(node)) {
    chain.push(node);
  }
  return chain.reverse();
}
