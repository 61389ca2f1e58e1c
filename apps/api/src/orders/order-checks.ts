import type { OrderExtensionKind, OrderKind, ReliefCode } from '@haven/contracts';
import { reliefCatalogue } from '@haven/rules';

import type { Actor } from '@api/common/actor';

import { invalidField, orderNotCurrent, overrideRequiresSupervisor } from './orders.errors';

/** A recorded date with an optional wall-clock time ('HH:MM' or PostgreSQL's 'HH:MM:SS'). */
export interface RecordedAt {
  date: string;
  time?: string | null;
}

/** 'HH:MM' from a stored 'HH:MM:SS' (or null). */
export function hhmm(time: string | null | undefined): string | null {
  return time ? time.slice(0, 5) : null;
}

/**
 * Whether `a` is before `b`: an earlier day, or the same day at an earlier time when both times
 * are known (a missing time never makes a same-day fact "earlier", as in the rules library).
 */
export function isBefore(a: RecordedAt, b: RecordedAt): boolean {
  if (a.date !== b.date) return a.date < b.date;
  const at = hhmm(a.time);
  const bt = hhmm(b.time);
  return at !== null && bt !== null && at < bt;
}

/**
 * Reliefs an order of `kind` may not grant (rules-spec §1.11). An out-of-state order grants what
 * the issuing state's law allows, so the Virginia catalogue does not limit it.
 */
export function reliefsOutsideCatalogue(
  kind: OrderKind,
  reliefs: readonly ReliefCode[],
): ReliefCode[] {
  if (kind === 'OOS') return [];
  const allowed = new Set<string>(reliefCatalogue(kind).map((entry) => entry.code));
  return reliefs.filter((code) => !allowed.has(code));
}

/** Which orders each short extension applies to: R02 (FA EPO only, A-12), R07 and R24. */
export const SHORT_EXTENSION_KINDS: Readonly<Record<OrderExtensionKind, readonly OrderKind[]>> = {
  incapacity: ['FA_EPO'],
  unserved: ['FA_PPO', 'AOV_PPO'],
};

/** Orders a court extends on a motion to extend, as a new order of the chain (R11, R25, R33). */
export const MOTION_EXTENDABLE_KINDS: readonly OrderKind[] = ['FA_PO', 'AOV_PO', 'FSRO'];

const FINAL_KINDS: readonly OrderKind[] = ['FA_PO', 'AOV_PO', 'FSRO'];

/**
 * The recorded status a parent takes when a following order is issued, as the rules library ends
 * it: a later order of the same kind supersedes it; a final order ends a preliminary order (PPO,
 * ESRO) at the full hearing. An EPO is not ended by a PPO: it runs to its own expiry (null).
 */
export function parentStatusAfterChild(
  parentKind: OrderKind,
  childKind: OrderKind,
): 'superseded' | null {
  if (parentKind === childKind) return 'superseded';
  const preliminary = parentKind === 'FA_PPO' || parentKind === 'AOV_PPO' || parentKind === 'ESRO';
  return preliminary && FINAL_KINDS.includes(childKind) ? 'superseded' : null;
}

/**
 * The one check that an order is still the one in force: a dissolved, extended or superseded
 * order is not, and every action on an order (extend it, file or grant a motion, dissolve it)
 * answers ORDER_NOT_CURRENT for it.
 */
export function assertOrderCurrent(order: { status: string }): void {
  if (order.status === 'dissolved' || order.status === 'extended' || order.status === 'superseded')
    throw orderNotCurrent(order.status);
}

/** A-10: a stated expiry beyond the maximum is recorded only on a supervisor's stated reason. */
export function assertMayOverride(actor: Actor, reason: string | undefined | null): void {
  if ((reason ?? null) !== null && actor.role !== 'supervisor') throw overrideRequiresSupervisor();
}

function catalogue(kind: OrderKind): string {
  const entries = reliefCatalogue(kind);
  const citation = entries[0]?.citation.text;
  return `${entries.map((e) => e.code).join(', ')}${citation ? ` (${citation})` : ''}`;
}

/** Refuses reliefs the rules library's catalogue does not list for `kind` (rules-spec §1.11). */
export function assertReliefsInCatalogue(kind: OrderKind, reliefs: readonly ReliefCode[]): void {
  const outside = reliefsOutsideCatalogue(kind, reliefs);
  if (outside.length > 0) {
    throw invalidField(
      'RELIEF_NOT_IN_CATALOGUE',
      'reliefs',
      `A ${kind} order cannot grant ${outside.join(', ')}; it may grant ${catalogue(kind)}.`,
    );
  }
}
