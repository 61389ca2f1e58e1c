// Every way a TypeScript file can name another module, as ESLint visitors: both rules of this
// plugin look at the same imports, `import type` and `typeof import('...')` included, because a
// type-only import still ties one design to the other.

/** @typedef {import('estree').Node} Node */

/**
 * Visitors that call `onImport` with the string literal node of each module specifier.
 * @param {(source: Node, specifier: string) => void} onImport
 * @returns {import('eslint').Rule.RuleListener}
 */
export function importSourceVisitors(onImport) {
  /** @param {Node | null | undefined} node */
  const literal = (node) => {
    if (node && node.type === 'Literal' && typeof node.value === 'string')
      onImport(node, node.value);
  };
  return {
    ImportDeclaration: (node) => literal(node.source),
    ExportNamedDeclaration: (node) => literal(node.source),
    ExportAllDeclaration: (node) => literal(node.source),
    ImportExpression: (node) => literal(node.source),
    // TypeScript-only nodes, which the estree types do not know. Older parsers put the
    // specifier of `typeof import('x')` under `argument.literal`.
    /** @param {{ source?: Node, argument?: { literal?: Node } }} node */
    TSImportType: (node) => literal(node.source ?? node.argument?.literal),
    /** @param {{ moduleReference?: { type: string, expression?: Node } }} node */
    TSImportEqualsDeclaration: (node) => {
      if (node.moduleReference?.type === 'TSExternalModuleReference') {
        literal(node.moduleReference.expression);
      }
    },
  };
}
