import { militaryOrderBasis } from '../eligibility/military-order-basis';
import type { MilitaryOrderBasisResult } from '../model/military-order';
import type { ViolationFacts } from '../model/violation';
import type { CaseModel } from './case-model';

/** R09a: each petition's Military Protective Order judged as a basis of the petition. */
export function militaryOrderBases(model: CaseModel, ruleSet: string): MilitaryOrderBasisResult[] {
  return model.petitions.flatMap((p) =>
    p.militaryProtectiveOrder === undefined
      ? []
      : [
          militaryOrderBasis(
            {
              militaryProtectiveOrder: p.militaryProtectiveOrder,
              petitionFiledOn: p.on.date,
              sought: p.sought,
              ...(p.petitionId === undefined ? {} : { petitionId: p.petitionId }),
            },
            { ruleSet },
          ),
        ],
  );
}

/**
 * R09a: a violation in a case that records the respondent's Military Protective Order carries it,
 * so classification reminds the advocate about the NCIC entry; entered in NCIC if any record says so.
 */
export function withMilitaryOrder(violation: ViolationFacts, model: CaseModel): ViolationFacts {
  const mpos = model.petitions.flatMap((p) =>
    p.militaryProtectiveOrder === undefined ? [] : [p.militaryProtectiveOrder],
  );
  if (violation.militaryProtectiveOrder !== undefined || mpos.length === 0) {
    return violation;
  }
  const ncic = mpos.some((m) => m.enteredInNcic === true)
    ? true
    : mpos.every((m) => m.enteredInNcic === false)
      ? false
      : undefined;
  return {
    ...violation,
    militaryProtectiveOrder: ncic === undefined ? {} : { enteredInNcic: ncic },
  };
}
