const PLAIN_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * A table or column name for SQL text, double-quoted: for the few statements that take a name from
 * a code-owned catalogue (key rotation's sealed tables, information_schema), where PostgreSQL
 * takes no parameter. Only a plain lower-case name passes, so nothing quoted can need escaping and
 * the quoted name means what the unquoted one did; anything else throws. haven/sql-parameters
 * accepts `${sqlIdentifier(name)}` in SQL text (security check C2).
 */
export function sqlIdentifier(name: string): string {
  if (!PLAIN_IDENTIFIER.test(name)) {
    throw new Error(`not a plain SQL identifier: ${JSON.stringify(name)}`);
  }
  return `"${name}"`;
}
