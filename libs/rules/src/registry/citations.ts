import type { Citation } from '../model/citation';

// Frozen because results share these objects; a caller mutating one must not change another result.
function statute(text: string, note?: string): Citation {
  return Object.freeze(
    note === undefined ? { text, source: 'statute' } : { text, source: 'statute', note },
  );
}

function federal(text: string): Citation {
  return Object.freeze({ text, source: 'federal' });
}

function publication(text: string): Citation {
  return Object.freeze({ text, source: 'publication' });
}

function guideOnly(text: string): Citation {
  return Object.freeze({
    text,
    source: 'none',
    note: 'No citation in the source; the guide passage is named.',
  });
}

// Every text is character for character as in the guide, including its inconsistent 'Va. Code' /
// 'VA Code', '18 USC' / '18 U.S.C.', the en dash in '18.2–60.4(F)' and the missing space in
// '§16.1-279.1(F)' (rules-spec preamble: the product shows the citation as in the source).
/** Every citation the rules use, verbatim from the source guide (or, for §1.12, the specification). */
export const CITATIONS = Object.freeze({
  FA_DEFINITION: statute('Va. Code § 16.1-228'),
  FA_NEXT_FRIEND: statute('Va. Code § 16.1-253.1(D)'),
  FA_EPO: statute('Va. Code § 16.1-253.4'),
  FA_EPO_RELIEF: statute('Va. Code § 16.1-253.4(B), (J)'),
  FA_PPO: statute('Va. Code § 16.1-253.1(B)'),
  FA_PPO_RELIEF: statute('Va. Code § 16.1-253.1(A)'),
  FA_PO: statute('Va. Code § 16.1-279.1(B)'),
  FA_PO_RELIEF_AND_FEES: statute('Va. Code § 16.1-279.1'),
  FA_MEDICAL: statute('Va. Code § 16.1-245.1'),
  FA_VENUE: statute('Va. Code § 16.1-243(A)(3)'),
  FA_VIOLATION_A: statute('Va. Code § 16.1-253.2(A)'),
  FA_VIOLATION_BC: statute(
    'Va. Code § 16.1-253.2(B), (C)',
    'The footnote mark sits on the armed item; applying it to the other felony items is the spec reading.',
  ),
  FA_PROSECUTION_VENUE: statute('Va. Code §§ 16.1-253.2(E); 18.2–60.4(F)'),
  POLICE_REPORT: statute('See Va. Code § 19.2-81.3(D)'),
  AOV_DEFINITION: statute('Va. Code § 19.2-152.7:1'),
  AOV_EPO_GROUNDS: statute('Va. Code § 19.2-152.8(B)'),
  AOV_EPO_EXPIRY: statute('Va. Code § 19.2-152.8(C)'),
  AOV_PPO_GROUNDS: statute('Va. Code § 19.2-152.9(A)'),
  AOV_PPO_UNSERVED: statute('Va. Code § 19.2-152.9(B)'),
  AOV_PO_GROUNDS: statute('Va. Code §§ 19.2-152.10(A), 19.2-152.9(D)'),
  AOV_PO_DURATION: statute('Va. Code § 19.2-152.10(B),(G)'),
  AOV_PO_EXTENSION: statute('Va. Code § 19.2-152.10(B)'),
  AOV_PO_MODIFY: statute('Va. Code § 19.2-152.10(G)'),
  AOV_RELIEF: statute('Va. Code §§ 19.2-152.8(B),(J); 19.2-152.9(A); 19.2-152.10(A)'),
  AOV_FEES: statute('Va. Code §§ 19.2-152.8(J); 19.2-152.9(E); 19.2-152.10(I)'),
  AOV_CONFIDENTIALITY: statute('Va. Code §§ 19.2-152.8(H); 19.2-152.9(F); 19.2-152.10(H)'),
  AOV_VIOLATION_A: statute('Va. Code § 18.2-60.4(A)'),
  AOV_VIOLATION_BC: statute('Va. Code § 18.2-60.4(B), (C)'),
  AOV_PROSECUTION_VENUE: statute('Va. Code § 18.2-60.4(F)'),
  OOS_REGISTRATION_FEE: statute('VA Code § 16.1-279.1(I)'),
  OOS_ENFORCEMENT_VA: statute('Va. Code §16.1-279.1(F)'),
  SRO_PETITIONER: statute('VA Code § 19.2-152.13(A)'),
  SRO_EMERGENCY: statute('VA Code §§ 19.2-152.13(A), 19.2-152.14(A)'),
  SRO_FINAL: statute('VA Code § 19.2-152.14(A), (C)'),
  SRO_EXTENSION: statute('VA Code § 19.2-152.14(C)'),
  SRO_ESRO_RELIEF: statute('VA Code § 19.2-152.13(A)'),
  SRO_FSRO_RELIEF: statute('VA Code § 19.2-152.14(B)'),
  SRO_EVIDENCE: statute('VA Code § 19.2-152.14(A)'),
  SRO_ACT_OF_VIOLENCE: statute('VA Code § 19.2-152.7:1'),
  US_NO_INTERNET: federal('18 USC § 2265(d)(3)'),
  US_FFC_PURPOSE: federal('18 U.S.C. § 2266(5)'),
  US_FFC_CONDITIONS: federal('18 U.S.C. § 2265(a), (b)'),
  US_FFC_ENFORCEMENT: federal('18 U.S.C. § 2265'),
  US_FFC_NO_REGISTRATION_NEEDED: federal('18 U.S.C. § 2265(d)(2)'),
  US_FFC_CUSTODY: federal('18 USC § 2266'),
  US_FFC_CUSTODY_ACTS: federal(
    'The federal laws are the Uniform Child Custody Jurisdiction Act (UCCJA) or the Uniform Child Custody Jurisdiction and Enforcement Act (UCCJEA), and the Parental Kidnapping Prevention Act of 1980.',
  ),
  US_REGISTRATION_NOTICE: federal('18 USC § 2265(d)'),
  VA_JUDICIAL_WEBSITE: publication('Virginia Judicial System website'),
  GDC_PUBLICATION: publication('See “Protective Orders: What does the new legislation mean?”'),
  JDR_PUBLICATION: publication('See “What You Need to Know About Protective Orders.”'),
  GUIDE_STEP_4: guideOnly('Guide, Steps for getting a protective order, Step 4'),
  GUIDE_STEPS_3_4: guideOnly('Guide, Steps for getting a protective order, Steps 3 and 4'),
  GUIDE_STEP_1: guideOnly('Guide, Steps for getting a protective order, Step 1'),
  GUIDE_VIOLATION: guideOnly('Guide, What happens if the abuser violates the order?'),
  GUIDE_SERVICE: guideOnly(
    'Guide, What types of protective orders are there? How long do they last?',
  ),
  GUIDE_CERTIFIED_COPY: guideOnly(
    'Guide, Do I need anything special to get my protective order enforced in another state?',
  ),
  GUIDE_FIREARMS: guideOnly(
    'Guide, What protections can I get in a final protective order? (Note)',
  ),
  GUIDE_OOS_MODIFY: guideOnly(
    'Guide, Can I have my out-of-state protection order changed, extended, or canceled in Virginia?',
  ),
  GUIDE_JURISDICTION: guideOnly(
    'Guide, If the abuser lives in a different state, can I still get an order against him/her?',
  ),
  // rules-spec §1.12: the Acts after the guide. R10 and R12 keep the guide's text with the Act in the
  // note, so a result shows the same citation on both sides of 2025-07-01; the new rules cite the
  // sections as the specification lists them.
  FA_PO_AS_AMENDED_2025: statute(
    'Va. Code § 16.1-279.1(B)',
    'As amended by 2025 Acts ch. 161 (HB 2123), in force from 1 Jul 2025.',
  ),
  FA_PPO_MILITARY_ORDER: statute(
    'Va. Code §§ 16.1-253.1(A), 16.1-253.2, 19.2-152.9 (as amended by 2025 Acts ch. 208)',
  ),
  RESPONDENT_ADDRESS_CHANGE: statute(
    'Va. Code §§ 16.1-253.1, 16.1-279.1, 19.2-152.9, 19.2-152.10 (as amended by 2024 Acts ch. 594)',
  ),
  COMPUTATION_OF_TIME: statute(
    'Va. Code § 1-210(B)',
    'Not in the guide; rules-spec §2.4 (third-party copy of the Code), A-16.',
  ),
} satisfies Record<string, Citation>);

/** Name of one of the citations above. */
export type CitationName = keyof typeof CITATIONS;
