import { reliefCatalogue } from './relief-catalogue';

describe('relief catalogue (rules-spec §1.11)', () => {
  it.each([
    [
      'FA_EPO',
      [
        'NO_ABUSE_OR_CRIME',
        'NO_CONTACT',
        'NO_PHYSICAL_PRESENCE',
        'PET_POSSESSION',
        'RESIDENCE_POSSESSION',
      ],
      'Va. Code § 16.1-253.4(B), (J)',
    ],
    [
      'AOV_EPO',
      [
        'NO_ABUSE_OR_CRIME',
        'NO_CONTACT',
        'NO_PHYSICAL_PRESENCE',
        'PET_POSSESSION',
        'OTHER_NECESSARY',
      ],
      'Va. Code §§ 19.2-152.8(B),(J); 19.2-152.9(A); 19.2-152.10(A)',
    ],
    [
      'AOV_PO',
      ['NO_ABUSE_OR_CRIME', 'NO_CONTACT', 'PET_POSSESSION', 'OTHER_NECESSARY'],
      'Va. Code §§ 19.2-152.8(B),(J); 19.2-152.9(A); 19.2-152.10(A)',
    ],
    ['ESRO', ['FIREARM_BAN', 'SURRENDER_CHP', 'SURRENDER_FIREARMS'], 'VA Code § 19.2-152.13(A)'],
    [
      'FSRO',
      ['FIREARM_BAN', 'FIREARMS_CONTINUE_HELD', 'SEARCH_WARRANT_NOTICE'],
      'VA Code § 19.2-152.14(B)',
    ],
  ] as const)('lists what a %s may grant', (kind, codes, citation) => {
    const entries = reliefCatalogue(kind);
    expect(entries.map((e) => e.code)).toEqual(codes);
    expect(new Set(entries.map((e) => e.citation.text))).toEqual(new Set([citation]));
  });

  it('gives the final FA order 13 reliefs, custody and support among them', () => {
    const codes = reliefCatalogue('FA_PO').map((e) => e.code);
    expect(codes).toHaveLength(13);
    expect(codes).toEqual(
      expect.arrayContaining(['TEMP_CUSTODY_VISITATION', 'TEMP_CHILD_SUPPORT', 'TREATMENT']),
    );
    expect(codes).not.toContain('NO_PHYSICAL_PRESENCE');
  });

  it('marks physical presence as emergency-only for act-of-violence orders', () => {
    expect(reliefCatalogue('AOV_EPO').find((e) => e.code === 'NO_PHYSICAL_PRESENCE')?.note).toBe(
      'emergency only',
    );
  });

  it('lists nothing for an out-of-state order (its state decides)', () => {
    expect(reliefCatalogue('OOS')).toEqual([]);
  });
});
