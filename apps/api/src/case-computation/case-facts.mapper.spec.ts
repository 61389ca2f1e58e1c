import type { CaseEvent, OrderFacts } from '@haven/rules';

import { aCaseRecord, anOrderRow } from '@api/testing/case-record.fixtures';

import type { LocalityCourtsFacts, OrderFactsRow } from './case-record';
import { toCaseFacts } from './case-facts.mapper';

const FAIRFAX: LocalityCourtsFacts = {
  locality: 'Fairfax County',
  jdrCourtId: 'jdr-fairfax',
  gdcCourtId: 'gdc-fairfax',
  circuitCourtId: 'circuit-fairfax',
};

// An emergency order the Fairfax magistrate issued; `overrides` change it.
function anOrder(overrides: Partial<OrderFactsRow>): OrderFactsRow {
  return anOrderRow('o-1', {
    kind: 'FA_EPO',
    issuedOn: '2026-11-30',
    issuingCourtId: 'magistrate-fairfax',
    issuingCourtKind: 'MAGISTRATE',
    petitionerHouseholdAtInitial: null,
    ...overrides,
  });
}

function calendarCourtOf(order: OrderFactsRow, courts = [FAIRFAX]): string | undefined {
  const record = aCaseRecord('c-1', { orders: [order], localityCourts: courts });
  const issued = toCaseFacts(record).events.find(
    (e): e is Extract<CaseEvent, { type: 'order_issued' }> => e.type === 'order_issued',
  );
  return (issued?.order as OrderFacts).calendarCourtId;
}

describe('whose court days an order counts (rules-spec A-02)', () => {
  it("counts a family-abuse emergency order on its locality's JDR court, whoever issued it", () => {
    expect(calendarCourtOf(anOrder({ kind: 'FA_EPO' }))).toBe('jdr-fairfax');
    // The locality as typed: other capitals or spaces are the same locality.
    expect(calendarCourtOf(anOrder({ issuingLocality: ' fairfax county ' }))).toBe('jdr-fairfax');
  });

  it('counts an act-of-violence emergency order on the court that would hear the petition', () => {
    expect(calendarCourtOf(anOrder({ kind: 'AOV_EPO' }))).toBe('gdc-fairfax');
    expect(calendarCourtOf(anOrder({ kind: 'AOV_EPO', petitionerHouseholdAtInitial: true }))).toBe(
      'jdr-fairfax',
    );
  });

  it('counts a substantial-risk emergency order on the circuit court that hears it', () => {
    expect(calendarCourtOf(anOrder({ kind: 'ESRO' }))).toBe('circuit-fairfax');
  });

  it("keeps the issuing court's calendar for other orders and for a locality the directory lacks", () => {
    expect(
      calendarCourtOf(
        anOrder({ kind: 'FA_PPO', issuingCourtId: 'jdr-fairfax', issuingCourtKind: 'JDR' }),
      ),
    ).toBeUndefined();
    expect(calendarCourtOf(anOrder({ issuingLocality: 'Nowhere Town' }))).toBeUndefined();
    // Issued by the JDR court itself: nothing to name.
    expect(
      calendarCourtOf(anOrder({ issuingCourtId: 'jdr-fairfax', issuingCourtKind: 'JDR' })),
    ).toBeUndefined();
  });
});
