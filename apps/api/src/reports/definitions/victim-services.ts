import type { Category, SectionDefinition } from '../report-definition';
import {
  AGE,
  ALL,
  CLASSIFICATIONS,
  GENDER,
  PEOPLE_AND_TIMES,
  RACE,
  VICTIMISATION,
} from './categories';

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
    {
      id: 'individuals',
      title: 'Individuals who received services',
      population: 'people_served',
      rows: {
        dimension: 'new_or_continuing',
        categories: [
          { key: 'new', label: 'New this fiscal year', values: ['new'] },
          { key: 'continuing', label: 'Continuing', values: ['continuing'] },
        ],
      },
      columns: { dimension: 'all', categories: INDIVIDUALS },
      counting: 'people',
      total: 'All individuals served',
    },
    {
      id: 'new_race',
      title: 'New individuals: race/ethnicity',
      population: 'people_served',
      onlyNew: true,
      rows: { dimension: 'race', categories: RACE },
      columns: { dimension: 'all', categories: INDIVIDUALS },
      counting: 'people',
      total: 'New individuals (unduplicated)',
    },
    {
      id: 'new_gender',
      title: 'New individuals: gender identity',
      population: 'people_served',
      onlyNew: true,
      rows: { dimension: 'gender', categories: GENDER },
      columns: { dimension: 'all', categories: INDIVIDUALS },
      counting: 'people',
    },
    {
      id: 'new_age',
      title: 'New individuals: age',
      population: 'people_served',
      onlyNew: true,
      rows: { dimension: 'age_band', categories: AGE },
      columns: { dimension: 'all', categories: INDIVIDUALS },
      counting: 'people',
    },
    {
      id: 'new_classifications',
      title: 'New individuals: special classifications',
      population: 'people_served',
      onlyNew: true,
      rows: { dimension: 'classification', categories: CLASSIFICATIONS },
      columns: { dimension: 'all', categories: INDIVIDUALS },
      counting: 'people',
    },
    {
      id: 'victimisation',
      title: 'Victimisation types',
      population: 'people_served',
      rows: { dimension: 'victimisation', categories: VICTIMISATION },
      columns: { dimension: 'all', categories: INDIVIDUALS },
      counting: 'people',
    },
    {
      id: 'services',
      title: 'Services provided',
      population: 'activities',
      rows: { dimension: 'kind', categories: VOCA_SERVICES },
      columns: PEOPLE_AND_TIMES,
      counting: 'times',
      total: 'All services',
    },
  ];
}
