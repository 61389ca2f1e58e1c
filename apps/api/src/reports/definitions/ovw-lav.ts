import { SERVICE_STATUSES } from '@haven/contracts';

import type { Category, ReportDefinition } from '../report-definition';
import {
  ACTIVITY_KIND,
  AGE,
  ALL,
  CLASSIFICATIONS,
  GENDER,
  LEGAL_ISSUE,
  NOT_SERVED_REASON,
  PEOPLE_AND_TIMES,
  RACE,
} from './categories';

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

/** OVW Legal Assistance for Victims semi-annual progress report (legal services section). */
export const OVW_LAV: ReportDefinition = {
  id: 'ovw-lav',
  title: 'OVW Legal Assistance for Victims (semi-annual)',
  description: 'Victims served, partially served and not served; demographics; orders; services.',
  funder: 'OVW',
  calendar: 'half_year',
  newSince: 'period',
  sections: [
    {
      id: 'status',
      title: 'Victims/survivors seeking services',
      population: 'service_status',
      rows: {
        dimension: 'status',
        categories: Object.entries(SERVICE_STATUSES).map(([key, label]) => ({
          key,
          label,
          values: [key],
        })),
      },
      columns: { dimension: 'all', categories: PEOPLE },
      counting: 'people',
      total: 'All seeking services',
    },
    {
      id: 'not_served_reasons',
      title: 'Reasons victims/survivors were not served',
      population: 'service_status',
      rows: { dimension: 'reason', categories: NOT_SERVED_REASON },
      columns: { dimension: 'all', categories: PEOPLE },
      counting: 'people',
    },
    {
      id: 'victimisation',
      title: 'Victimisation of those served',
      population: 'people_served',
      rows: { dimension: 'victimisation', categories: OVW_VICTIMISATION },
      columns: { dimension: 'all', categories: PEOPLE },
      counting: 'people',
      total: 'Served (unduplicated)',
    },
    {
      id: 'race',
      title: 'Race/ethnicity of those served',
      population: 'people_served',
      rows: { dimension: 'race', categories: RACE },
      columns: { dimension: 'all', categories: PEOPLE },
      counting: 'people',
      total: 'Served (unduplicated)',
    },
    {
      id: 'gender',
      title: 'Gender of those served',
      population: 'people_served',
      rows: { dimension: 'gender', categories: GENDER },
      columns: { dimension: 'all', categories: PEOPLE },
      counting: 'people',
    },
    {
      id: 'age',
      title: 'Age of those served',
      population: 'people_served',
      rows: { dimension: 'age_band', categories: AGE },
      columns: { dimension: 'all', categories: PEOPLE },
      counting: 'people',
    },
    {
      id: 'classifications',
      title: 'Other demographics of those served',
      population: 'people_served',
      rows: { dimension: 'classification', categories: OVW_CLASSIFICATIONS },
      columns: { dimension: 'all', categories: PEOPLE },
      counting: 'people',
    },
    {
      id: 'relationship',
      title: 'Relationship of the offender to the victim',
      population: 'people_served',
      rows: { dimension: 'relationship', categories: OVW_RELATIONSHIP },
      columns: { dimension: 'all', categories: PEOPLE },
      counting: 'people',
    },
    {
      id: 'legal_issues',
      title: 'Legal issues addressed',
      population: 'people_served',
      rows: { dimension: 'legal_issue', categories: LEGAL_ISSUE },
      columns: { dimension: 'all', categories: PEOPLE },
      counting: 'people',
    },
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
    {
      id: 'services',
      title: 'Legal services provided',
      population: 'activities',
      rows: { dimension: 'kind', categories: ACTIVITY_KIND },
      columns: PEOPLE_AND_TIMES,
      counting: 'times',
      total: 'All services',
    },
  ],
};
