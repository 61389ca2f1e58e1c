import type { LawChangeDifference } from '@haven/contracts';

function change(d: LawChangeDifference): string {
  const what = d.what === 'deadline' ? `deadline ${d.label}` : `follow-up "${d.label}"`;
  const version = d.ruleVersion ? ` [${d.ruleVersion}]` : '';
  return `    ${what} (${d.ruleId})${version}: ${d.oldDate ?? 'none'} -> ${d.newDate ?? 'none'}\n`;
}

/** The dry run's text for one organisation: one block per case that would change. */
export function formatImpact(
  org: { id: string; name: string; rulesSet: string | null },
  ruleSet: string,
  impact: ReadonlyArray<{ reference: string; changes: readonly LawChangeDifference[] }>,
): string {
  const head = `${org.name} (${org.id}): rules ${org.rulesSet ?? 'not recorded'} -> ${ruleSet}, ${impact.length} case(s) would change\n`;
  return head + impact.map((c) => `  ${c.reference}\n${c.changes.map(change).join('')}`).join('');
}
