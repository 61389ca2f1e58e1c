import { addCalendarMonths, formatDayLong, type IsoDate } from '../calendar';
import type { Relationship } from './eligibility-types';

/** One R15 test applied to the input, and what it found. */
export interface MembershipTest {
  member: boolean;
  label: string;
  condition: string;
  borderline: boolean;
  assumptions: string[];
  /** For former cohabitants: the dates the 12-month test used. */
  window?: { ended: IsoDate; act: IsoDate; filed?: IsoDate };
}

const LABELS: Readonly<Record<Relationship, string>> = {
  spouse: 'Spouse',
  former_spouse: 'Former spouse',
  parent: 'Parent',
  child: 'Child',
  stepparent: 'Stepparent',
  stepchild: 'Stepchild',
  brother: 'Brother',
  sister: 'Sister',
  half_brother: 'Half-brother',
  half_sister: 'Half-sister',
  grandchild: 'Grandchild',
  grandparent: 'Grandparent',
  mother_in_law: 'Mother-in-law',
  father_in_law: 'Father-in-law',
  son_in_law: 'Son-in-law',
  daughter_in_law: 'Daughter-in-law',
  brother_in_law: 'Brother-in-law',
  sister_in_law: 'Sister-in-law',
  child_in_common: 'A person the petitioner has had a child with',
  cohabitant: 'Cohabitant',
  former_cohabitant: 'Former cohabitant',
  cohabitants_child_in_home: "A cohabitant's child living in the home",
  none: 'No family or household relationship',
};

const BLOOD_OR_STEP: readonly Relationship[] = [
  'parent',
  'child',
  'stepparent',
  'stepchild',
  'brother',
  'sister',
  'half_brother',
  'half_sister',
  'grandchild',
  'grandparent',
];
const IN_LAWS: readonly Relationship[] = [
  'mother_in_law',
  'father_in_law',
  'son_in_law',
  'daughter_in_law',
  'brother_in_law',
  'sister_in_law',
];

// "within the past 12 months", measured back 12 calendar months, boundary day included.
function within12Months(ended: IsoDate, from: IsoDate): boolean {
  return ended >= addCalendarMonths(from, -12);
}

/** Facts R15 needs. */
export interface MembershipFacts {
  relationship: Relationship;
  livesWithRespondent: boolean;
  cohabitationEndedOn?: IsoDate;
  lastActOfAbuseOn: IsoDate;
  petitionFiledOn?: IsoDate;
}

/** R15: whether the respondent is a family or household member of the petitioner, and why. */
export function familyOrHouseholdMember(f: MembershipFacts): MembershipTest {
  const label = LABELS[f.relationship];
  const result = (
    member: boolean,
    condition: string,
    assumptions: string[] = [],
  ): MembershipTest => ({
    member,
    label,
    condition,
    borderline: false,
    assumptions,
  });
  const r = f.relationship;
  if (r === 'spouse' || r === 'former_spouse') {
    return result(true, 'a current or former spouse');
  }
  if (BLOOD_OR_STEP.includes(r)) {
    return result(true, 'regardless of whether or not you live together');
  }
  if (IN_LAWS.includes(r)) {
    // "only if you live with that person" = the same home at the time of the act.
    return f.livesWithRespondent
      ? result(true, 'in-laws qualify only if living together, and they were', ['A-20'])
      : result(false, 'in-laws qualify only if living together, and they were not', ['A-20']);
  }
  if (r === 'child_in_common') {
    return result(true, 'whether or not ever married or living together');
  }
  if (r === 'cohabitant') {
    return result(true, 'cohabits with the petitioner');
  }
  if (r === 'cohabitants_child_in_home') {
    return f.livesWithRespondent
      ? result(true, 'the child also lives in the home')
      : result(false, 'the child does not live in the home');
  }
  if (r === 'former_cohabitant' && f.cohabitationEndedOn !== undefined) {
    const ended = f.cohabitationEndedOn;
    const fromAct = within12Months(ended, f.lastActOfAbuseOn);
    const fromFiling = f.petitionFiledOn === undefined || within12Months(ended, f.petitionFiledOn);
    const test = result(
      fromAct,
      `cohabitation ended ${formatDayLong(ended)}, ${fromAct ? 'within' : 'more than'} 12 months before the last act on ${formatDayLong(f.lastActOfAbuseOn)}`,
      ['A-17'],
    );
    test.borderline = fromAct && !fromFiling;
    test.window = {
      ended,
      act: f.lastActOfAbuseOn,
      ...(f.petitionFiledOn === undefined ? {} : { filed: f.petitionFiledOn }),
    };
    return test;
  }
  return result(false, 'none of the family or household tests applies');
}
