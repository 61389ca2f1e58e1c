// haven/sql-parameters: SQL text handed to the database is written by the code, never composed from
// values; values travel as parameters ($n, :name) (security check C2, static half).
//
// Sinks: a call of `query(…)` or `prepared(…)` (common/sql/prepared-statements.ts), and a member
// call `.query(`, `.where(`, `.andWhere(`, `.orWhere(`, `.having(`, `.andHaving(`, `.orHaving(`,
// `.orderBy(`, `.addOrderBy(`, `.groupBy(`, `.addGroupBy(`, `.select(` or `.addSelect(` (TypeORM's
// query builder and query runners, pg clients). The rule looks at the first argument, and for
// `orderBy`/`addOrderBy` at the second (the sort direction) too; through `as`, `!`, parentheses and
// both branches of `a ? b : c`, `a ?? b`, `a || b`.
//
// Refused in that argument:
//   - `+` concatenation, unless every operand is a string literal;
//   - a template literal interpolation `${e}`, unless e is
//       a SCREAMING_SNAKE_CASE identifier (a module constant of SQL text),
//       a member of one, `SORTS.name` or `SORTS[key]` (an allow-list map: a key it lacks gives
//         `undefined`, a syntax error, never request text),
//       a call `<params>.add(value)` of a placeholder builder (it returns `$n` and keeps the value),
//       a call `sqlIdentifier(name)` (common/sql/sql-identifier.ts: the name double-quoted, or a
//         throw unless it is a plain lower-case identifier),
//       or a literal.
// Anything else in that position (a variable, a call, an object) is allowed: the rule does not
// follow variables, so `query(sql, params)` with `sql` composed elsewhere from code-owned fragments
// passes. That composed SQL is what the dynamic half of C2 covers (an injection corpus sent to
// every filter and search parameter). Templates nested inside an allowed interpolation (the
// argument of `.add(…)`, say) are not looked at again: one level, predictable.
//
// Sort columns come from an allow-list (`SORTS[sort]`), never from request text, and this rule is
// what keeps it so at the sink: `orderBy(\`${req.sort}\`)` is refused.

/** @typedef {import('estree').Node} Node */
/** @typedef {import('estree').Expression | import('estree').Super} Callee */

const MEMBER_SINKS = new Set([
  'query',
  'where',
  'andWhere',
  'orWhere',
  'having',
  'andHaving',
  'orHaving',
  'orderBy',
  'addOrderBy',
  'groupBy',
  'addGroupBy',
  'select',
  'addSelect',
]);
const CALL_SINKS = new Set(['query', 'prepared']);
/** Sinks whose second argument is SQL too (the sort direction). */
const TWO_SQL_ARGUMENTS = new Set(['orderBy', 'addOrderBy']);

const SCREAMING = /^[A-Z][A-Z0-9_]*$/;

/**
 * The sink's name as the message shows it, or null for a call that sends no SQL.
 * @param {Callee} callee
 * @returns {string | null}
 */
function sinkName(callee) {
  if (callee.type === 'Identifier' && CALL_SINKS.has(callee.name)) return `${callee.name}()`;
  if (
    callee.type === 'MemberExpression' &&
    !callee.computed &&
    callee.property.type === 'Identifier' &&
    MEMBER_SINKS.has(callee.property.name)
  ) {
    return `.${callee.property.name}()`;
  }
  return null;
}

/** TypeScript's wrappers of an expression, which the estree types do not know. */
const TS_WRAPPERS = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
]);

/**
 * The expression inside `as`, `satisfies`, `!` and `<T>` (parentheses leave no node).
 * @param {Node} node
 * @returns {Node}
 */
function unwrap(node) {
  let current = node;
  while (TS_WRAPPERS.has(current.type)) {
    current = /** @type {{ expression: Node }} */ (/** @type {unknown} */ (current)).expression;
  }
  return current;
}

/** @param {Node} node */
function isStringLiteral(node) {
  const bare = unwrap(node);
  return (
    (bare.type === 'Literal' && typeof bare.value === 'string') ||
    (bare.type === 'TemplateLiteral' && bare.expressions.length === 0)
  );
}

/**
 * The operands of a chain of `+`.
 * @param {Node} node
 * @returns {Node[]}
 */
function operands(node) {
  const bare = unwrap(node);
  if (bare.type === 'BinaryExpression' && bare.operator === '+') {
    return [...operands(bare.left), ...operands(bare.right)];
  }
  return [bare];
}

/**
 * A member chain rooted at a SCREAMING_SNAKE_CASE identifier: `SORTS.x`, `READS[name].sql`.
 * @param {Node} node
 */
function isConstantMember(node) {
  let current = unwrap(node);
  while (current.type === 'MemberExpression') current = unwrap(current.object);
  return current.type === 'Identifier' && SCREAMING.test(current.name);
}

/** @param {Node} node */
function isAllowedInterpolation(node) {
  const bare = unwrap(node);
  if (bare.type === 'Literal') return true;
  if (bare.type === 'Identifier') return SCREAMING.test(bare.name);
  if (bare.type === 'MemberExpression') return isConstantMember(bare);
  if (bare.type === 'CallExpression') {
    const { callee } = bare;
    if (callee.type === 'Identifier') return callee.name === 'sqlIdentifier';
    return (
      callee.type === 'MemberExpression' &&
      !callee.computed &&
      callee.property.type === 'Identifier' &&
      callee.property.name === 'add'
    );
  }
  return false;
}

/** @type {import('eslint').Rule.RuleModule} */
export const sqlParameters = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow SQL text composed from values by concatenation or template interpolation at query(), prepared() and query-builder calls; values go as parameters, identifiers through allow-lists or sqlIdentifier().',
    },
    schema: [],
    messages: {
      interpolation:
        'SQL passed to {{sink}} interpolates `${{{expression}}}`: pass values as parameters (a placeholder from <params>.add(value), or $n/:name with the values array); interpolate only SCREAMING_CASE SQL constants or members of an allow-list constant, or sqlIdentifier(name) for a table or column name.',
      concatenation:
        'SQL passed to {{sink}} is built with +: write it as one literal (or a template of allowed parts) and pass values as parameters.',
    },
  },
  create(context) {
    const source = context.sourceCode;

    /**
     * @param {Node} node
     * @param {string} sink
     */
    function check(node, sink) {
      const bare = unwrap(node);
      if (bare.type === 'ConditionalExpression') {
        check(bare.consequent, sink);
        check(bare.alternate, sink);
        return;
      }
      if (bare.type === 'LogicalExpression') {
        check(bare.left, sink);
        check(bare.right, sink);
        return;
      }
      if (bare.type === 'BinaryExpression' && bare.operator === '+') {
        if (!operands(bare).every(isStringLiteral)) {
          context.report({ node: bare, messageId: 'concatenation', data: { sink } });
        }
        return;
      }
      if (bare.type === 'TemplateLiteral') {
        for (const expression of bare.expressions) {
          if (isAllowedInterpolation(expression)) continue;
          context.report({
            node: expression,
            messageId: 'interpolation',
            data: { sink, expression: source.getText(expression) },
          });
        }
      }
    }

    return {
      CallExpression(node) {
        const sink = sinkName(node.callee);
        if (sink === null) return;
        const [first, second] = node.arguments;
        if (first && first.type !== 'SpreadElement') check(first, sink);
        const { callee } = node;
        const method =
          callee.type === 'MemberExpression' && callee.property.type === 'Identifier'
            ? callee.property.name
            : '';
        if (second && second.type !== 'SpreadElement' && TWO_SQL_ARGUMENTS.has(method)) {
          check(second, sink);
        }
      },
    };
  },
};
