// Property tests for the rule versions of rules-spec §1.12 (issue 14): no version is applied to a
// trigger before its effective date; the four-year term of R10 version 2 is never assumed and never
// allowed without the court's finding; an extension (R12) is always at most two years from the
// grant; the R26a notice is always the move + 7 days, unrolled.
import fc from 'fast-check';

import {
  addCalendarYears,
  addDays,
  computeDeadlines,
  expiryOf,
  maxExpiry,
  militaryOrderBasis,
  RULE_SETS,
  RulesInputError,
  STATEWIDE_CALENDAR,
  type CaseComputation,
  type CaseEvent,
  type OrderFacts,
} from '../index';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const isoOf = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);
const dateIn = (from: string, to: string): fc.Arbitrary<string> =>
  fc.integer({ min: day(from), max: day(to) }).map(isoOf);
const anyDate = dateIn('2021-01-01', '2040-12-31');
const finding = fc.option(fc.boolean(), { nil: undefined });
const ruleSet = fc.constantFrom<string | undefined>(undefined, ...RULE_SETS);
const options = (set: string | undefined) => (set === undefined ? undefined : { ruleSet: set });

// The effective date a version id names: 'R10@2025-07-01' → '2025-07-01'.
const effectiveOf = (versionId: string): string => versionId.slice(versionId.indexOf('@') + 1);

function finalOrder(issued: string, found: boolean | undefined, stated?: string): OrderFacts {
  return {
    orderId: 'po-1',
    kind: 'FA_PO',
    issuedAt: { date: issued },
    issuingCourt: { courtId: 'jdr-a', kind: 'JDR', locality: 'Fairfax County' },
    ...(found === undefined ? {} : { priorFamilyAbuseOrderFinding: found }),
    ...(stated === undefined ? {} : { statedExpiry: { date: stated } }),
  };
}

function refused(fn: () => unknown): RulesInputError | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    if (e instanceof RulesInputError) {
      return e;
    }
    throw e;
  }
}

// A served final order, maybe extended within its life, and a move of the respondent.
function caseOf(
  issued: string,
  found: boolean | undefined,
  grantAfter: number | undefined,
  moveAfter: number,
): { events: CaseEvent[]; grant?: string; move: string } {
  const events: CaseEvent[] = [
    { type: 'order_issued', order: finalOrder(issued, found) },
    { type: 'order_served', orderId: 'po-1', at: { date: issued }, personal: true },
  ];
  const move = addDays(issued, moveAfter);
  events.push({ type: 'respondent_moved', on: move });
  if (grantAfter === undefined) {
    return { events, move };
  }
  const grant = addDays(issued, grantAfter);
  events.push(
    { type: 'extension_motion_filed', orderId: 'po-1', on: { date: grant } },
    { type: 'extension_granted', orderId: 'po-1', newOrderId: 'po-2', on: grant },
  );
  return { events, grant, move };
}

describe('rule versions of rules-spec §1.12 (properties)', () => {
  it('never applies a rule version to a trigger before its effective date', () => {
    fc.assert(
      fc.property(
        anyDate,
        finding,
        fc.option(fc.integer({ min: 1, max: 700 }), { nil: undefined }),
        fc.integer({ min: 0, max: 1400 }),
        ruleSet,
        (issued, found, grantAfter, moveAfter, set) => {
          const { events, grant, move } = caseOf(issued, found, grantAfter, moveAfter);
          const c: CaseComputation = computeDeadlines(
            { events },
            STATEWIDE_CALENDAR,
            issued,
            options(set),
          );
          const triggers: Record<string, string | undefined> = {
            'po-1': issued,
            'po-2': grant,
          };
          for (const d of c.deadlines) {
            const trigger =
              d.moveId !== undefined
                ? move
                : d.kind === 'order_expiry'
                  ? triggers[d.orderId ?? '']
                  : undefined;
            if (trigger !== undefined && trigger >= '2021-01-01') {
              expect(effectiveOf(d.ruleVersion) <= trigger).toBe(true);
            }
            if (d.kind === 'order_expiry' && trigger !== undefined && trigger < '2025-07-01') {
              expect(d.ruleVersion).toMatch(/@2021-01-01$/);
            }
          }
          if (move < '2024-07-01' || set === '2026.1') {
            expect(c.deadlines.filter((d) => d.moveId !== undefined)).toEqual([]);
          }
        },
      ),
    );
  });

  it('accepts a Military Protective Order as a basis only from 2025-07-01', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 400 }), ruleSet, (filed, back, set) => {
        const r = militaryOrderBasis(
          {
            militaryProtectiveOrder: {
              issuingCommand: 'us_armed_forces',
              issuedOn: addDays(filed, -back),
            },
            petitionFiledOn: filed,
            sought: 'FA_PPO',
          },
          options(set),
        );
        expect(r.accepted).toBe(filed >= '2025-07-01' && set !== '2026.1');
        expect(r.ruleVersion).toBe(r.accepted ? 'R09a@2025-07-01' : null);
      }),
    );
  });

  it('never assumes the four-year term: with no stated expiry an FA final order ends two years on', () => {
    fc.assert(
      fc.property(anyDate, finding, ruleSet, (issued, found, set) => {
        const expiry = expiryOf(finalOrder(issued, found), STATEWIDE_CALENDAR, [], options(set));
        expect(expiry?.due).toEqual({ date: addCalendarYears(issued, 2), time: '23:59' });
        expect(expiry?.assumptions).toContain('A-09');
      }),
    );
  });

  it('never allows more than two years without the finding, or before 2025-07-01', () => {
    fc.assert(
      fc.property(anyDate, finding, ruleSet, (issued, found, set) => {
        const fourYears = found === true && issued >= '2025-07-01' && set !== '2026.1';
        const years = fourYears ? 4 : 2;
        const max = addCalendarYears(issued, years);
        expect(maxExpiry(finalOrder(issued, found), STATEWIDE_CALENDAR, [], options(set))).toEqual({
          date: max,
          time: '23:59',
        });
        const past = refused(() =>
          expiryOf(
            finalOrder(issued, found, addDays(max, 1)),
            STATEWIDE_CALENDAR,
            [],
            options(set),
          ),
        );
        expect(past).toMatchObject({
          code: 'STATED_EXPIRY_EXCEEDS_MAXIMUM',
          citation: 'Va. Code § 16.1-279.1(B)',
          ruleVersion:
            issued >= '2025-07-01' && set !== '2026.1' ? 'R10@2025-07-01' : 'R10@2021-01-01',
        });
        expect(
          refused(() =>
            expiryOf(finalOrder(issued, found, max), STATEWIDE_CALENDAR, [], options(set)),
          ),
        ).toBeUndefined();
      }),
    );
  });

  it('caps every extension at two years from the grant, whether the order ran two or four years', () => {
    fc.assert(
      fc.property(
        dateIn('2024-01-01', '2040-12-31'),
        finding,
        fc.integer({ min: 1, max: 1400 }),
        fc.integer({ min: 0, max: 3 }),
        (issued, found, after, overBy) => {
          const stated = found === true && issued >= '2025-07-01' ? 4 : 2;
          const initial = finalOrder(issued, found, addCalendarYears(issued, stated));
          const grant = addDays(issued, Math.min(after, 365 * stated - 2));
          const cap = addCalendarYears(grant, 2);
          const events = (statedExpiry?: string): CaseEvent[] => [
            { type: 'order_issued', order: initial },
            { type: 'extension_motion_filed', orderId: 'po-1', on: { date: grant } },
            {
              type: 'extension_granted',
              orderId: 'po-1',
              newOrderId: 'po-2',
              on: grant,
              ...(statedExpiry === undefined ? {} : { statedExpiry: { date: statedExpiry } }),
            },
          ];
          const c = computeDeadlines({ events: events() }, STATEWIDE_CALENDAR, grant);
          const extension = c.deadlines.find(
            (d) => d.kind === 'order_expiry' && d.orderId === 'po-2',
          );
          expect(extension?.due).toEqual({ date: cap, time: '23:59' });
          expect(extension?.ruleVersion).toBe(
            grant >= '2025-07-01' ? 'R12@2025-07-01' : 'R12@2021-01-01',
          );
          const e = refused(() =>
            computeDeadlines(
              { events: events(addDays(cap, 1 + overBy)) },
              STATEWIDE_CALENDAR,
              grant,
            ),
          );
          expect(e).toMatchObject({
            code: 'STATED_EXPIRY_EXCEEDS_MAXIMUM',
            field: 'events[2].statedExpiry',
          });
        },
      ),
    );
  });

  it('gives the R26a notice on the move + 7 calendar days, never rolled, while a served final order is in effect', () => {
    fc.assert(
      fc.property(
        dateIn('2024-07-01', '2040-12-31'),
        fc.integer({ min: 0, max: 729 }),
        (issued, moveAfter) => {
          const { events, move } = caseOf(issued, undefined, undefined, moveAfter);
          const c = computeDeadlines({ events }, STATEWIDE_CALENDAR, issued);
          expect(c.deadlines.filter((d) => d.moveId !== undefined)).toEqual([
            expect.objectContaining({
              ruleVersion: 'R26a@2024-07-01',
              due: { date: addDays(move, 7) },
              rollover: null,
              orderId: 'po-1',
            }),
          ]);
        },
      ),
    );
  });
});
