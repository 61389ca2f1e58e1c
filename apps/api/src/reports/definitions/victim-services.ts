import type { Category, SectionDefinition } from '../report-definition';
import { ALL, CLASSIFICATIONS, VICTIMISATION } from './categories';
import { demographicSections, peopleBy, servicesSection } from './people-sections';

// (partly verified) OVC's PMT service categories, as Virginia DCJS's codebook groups them; the
// activity kinds each gathers are data, so a change of the form changes this list only.
const VOCA_SERVICES: Category[] = [
  {
    key: 'civil_protection_order',
    label: 'Civil legal assistance in obtaining a protection or restraining order',
    values: ['petition_drafted', 'representation_at_hearing'],
  },
  {
    key: 'civil_family_law',
    label: 'Civil legal assistance with family law issues',
    values: ['family_law_assistance'],
  },
  { key: 'immigration', label: 'Immigration assistance', values: ['immigration_assistance'] },
  {
    key: 'legal_advice',
    label: 'Other legal advice and/or counsel',
    values: ['advice', 'brief_service'],
  },
  {
    key: 'information_referral',
    label: 'Information and referral',
    values: ['information', 'referral'],
  },
  {
    key: 'accompaniment',
    label: 'Personal advocacy / accompaniment',
    values: ['hearing_accompaniment'],
  },
  {
    key: 'emotional_safety',
    label: 'Emotional support or safety services',
    values: ['safety_planning', 'emotional_support'],
  },
  { key: 'other', label: 'Other services', values: ['other'] },
];

const INDIVIDUALS = ALL('Individuals');

/** The PMT's measures; VOCA reports them on the federal year, DCJS's VSDCS on the state year. */
export function victimServicesSections(): SectionDefinition[] {
  return [
    peopleBy(
      'individuals',
      'Individuals who received services',
      {
        dimension: 'new_or_continuing',
        categories: [
          { key: 'new', label: 'New this fiscal year', values: ['new'] },
          { key: 'continuing', label: 'Continuing', values: ['continuing'] },
        ],
      },
      { column: INDIVIDUALS, total: 'All individuals served' },
    ),
    ...demographicSections({
      ids: {
        race: 'new_race',
        gender: 'new_gender',
        age: 'new_age',
        classifications: 'new_classifications',
      },
      titles: {
        race: 'New individuals: race/ethnicity',
        gender: 'New individuals: gender identity',
        age: 'New individuals: age',
        classifications: 'New individuals: special classifications',
      },
      column: INDIVIDUALS,
      classifications: CLASSIFICATIONS,
      total: 'New individuals (unduplicated)',
      onlyNew: true,
    }),
    peopleBy(
      'victimisation',
      'Victimisation types',
      { dimension: 'victimisation', categories: VICTIMISATION },
      { column: INDIVIDUALS },
    ),
    servicesSection('Services provided', VOCA_SERVICES),
  ];
}
