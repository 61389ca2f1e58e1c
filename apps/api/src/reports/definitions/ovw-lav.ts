import { SERVICE_STATUSES } from '@haven/contracts';

import type { Category, ReportDefinition } from '../report-definition';
import { ACTIVITY_KIND, ALL, CLASSIFICATIONS, LEGAL_ISSUE, NOT_SERVED_REASON } from './categories';
import { demographicSections, peopleBy, servicesSection } from './people-sections';

// (to verify) The LAV form's categories against the 2025 VAWA IMPACT data catalog: rows and the
// codes they gather are data here, so a renamed category changes this file only.

const OVW_VICTIMISATION: Category[] = [
  {
    key: 'dv_dating',
    label: 'Domestic violence / dating violence',
    values: ['domestic_violence', 'dating_violence', 'family_violence'],
  },
  { key: 'sexual_assault', label: 'Sexual assault', values: ['sexual_assault'] },
  { key: 'stalking', label: 'Stalking', values: ['stalking_harassment'] },
  { key: 'other', label: 'Other', values: ['other'] },
  { key: 'not_reported', label: 'Not reported', values: ['not_reported'] },
];

/** The respondent's relationship as intake records it (R15), gathered into OVW's categories. */
const OVW_RELATIONSHIP: Category[] = [
  {
    key: 'intimate_partner',
    label: 'Current or former spouse or intimate partner',
    values: ['spouse', 'former_spouse', 'cohabitant', 'former_cohabitant', 'child_in_common'],
  },
  {
    key: 'family_household',
    label: 'Other family or household member',
    values: [
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
      'mother_in_law',
      'father_in_law',
      'son_in_law',
      'daughter_in_law',
      'brother_in_law',
      'sister_in_law',
      'cohabitants_child_in_home',
    ],
  },
  { key: 'unknown', label: 'Other or unknown relationship', values: ['none', 'unknown'] },
];

const OVW_CLASSIFICATIONS = CLASSIFICATIONS.filter((c) =>
  ['disability', 'deafHardOfHearing', 'limitedEnglish', 'immigrantRefugeeAsylum', 'rural'].some(
    (k) => c.key === k || c.key === `${k}_not_reported`,
  ),
);

const PEOPLE = ALL('Victims/survivors');
const SERVED = 'Served (unduplicated)';

/** OVW Legal Assistance for Victims semi-annual progress report (legal services section). */
export const OVW_LAV: ReportDefinition = {
  id: 'ovw-lav',
  title: 'OVW Legal Assistance for Victims (semi-annual)',
  description: 'Victims served, partially served and not served; demographics; orders; services.',
  funders: ['OVW'],
  calendar: 'half_year',
  newSince: 'period',
  sections: [
    peopleBy(
      'status',
      'Victims/survivors seeking services',
      {
        dimension: 'status',
        categories: Object.entries(SERVICE_STATUSES).map(([key, label]) => ({
          key,
          label,
          values: [key],
        })),
      },
      { population: 'service_status', column: PEOPLE, total: 'All seeking services' },
    ),
    peopleBy(
      'not_served_reasons',
      'Reasons victims/survivors were not served',
      { dimension: 'reason', categories: NOT_SERVED_REASON },
      { population: 'service_status', column: PEOPLE },
    ),
    peopleBy(
      'victimisation',
      'Victimisation of those served',
      { dimension: 'victimisation', categories: OVW_VICTIMISATION },
      { column: PEOPLE, total: SERVED },
    ),
    ...demographicSections({
      ids: { race: 'race', gender: 'gender', age: 'age', classifications: 'classifications' },
      titles: {
        race: 'Race/ethnicity of those served',
        gender: 'Gender of those served',
        age: 'Age of those served',
        classifications: 'Other demographics of those served',
      },
      column: PEOPLE,
      classifications: OVW_CLASSIFICATIONS,
      total: SERVED,
    }),
    peopleBy(
      'relationship',
      'Relationship of the offender to the victim',
      { dimension: 'relationship', categories: OVW_RELATIONSHIP },
      { column: PEOPLE },
    ),
    peopleBy(
      'legal_issues',
      'Legal issues addressed',
      { dimension: 'legal_issue', categories: LEGAL_ISSUE },
      { column: PEOPLE },
    ),
    {
      id: 'protection_orders',
      title: 'Protection orders requested and granted',
      population: 'order_events',
      rows: {
        dimension: 'kind_group',
        categories: [
          { key: 'temporary', label: 'Temporary / ex parte orders', values: ['temporary'] },
          { key: 'final', label: 'Final orders', values: ['final'] },
        ],
      },
      columns: {
        dimension: 'event',
        categories: [
          { key: 'requested', label: 'Requested', values: ['sought'] },
          { key: 'granted', label: 'Granted', values: ['granted'] },
        ],
      },
      counting: 'times',
    },
    servicesSection('Legal services provided', ACTIVITY_KIND),
  ],
};
