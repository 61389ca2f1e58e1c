import {
  AGE_BANDS,
  GENDERS,
  LEGAL_ISSUES,
  LSC_CLOSING_CODES,
  LSC_PROBLEM_CODES,
  NOT_SERVED_REASONS,
  RACE_ETHNICITIES,
  SERVICE_ACTIVITY_KINDS,
  SPECIAL_CLASSIFICATIONS,
  VICTIMISATIONS,
} from '@haven/contracts';

import type { Category } from '../report-definition';

// Row lists several reports share. Each lists "not reported" where the fact may be missing: the
// brief counts it as an answer.

const each = (labels: Readonly<Record<string, string>>): Category[] =>
  Object.entries(labels).map(([key, label]) => ({ key, label, values: [key] }));

const NOT_REPORTED: Category = {
  key: 'not_reported',
  label: 'Not reported',
  values: ['not_reported'],
};

export const ALL = (label: string): Category[] => [{ key: 'all', label, values: ['all'] }];

export const RACE: Category[] = [...each(RACE_ETHNICITIES), NOT_REPORTED];
export const GENDER: Category[] = each(GENDERS);
export const AGE: Category[] = each(AGE_BANDS);
export const VICTIMISATION: Category[] = [...each(VICTIMISATIONS), NOT_REPORTED];
export const LEGAL_ISSUE: Category[] = [...each(LEGAL_ISSUES), NOT_REPORTED];
export const ACTIVITY_KIND: Category[] = each(SERVICE_ACTIVITY_KINDS);
export const NOT_SERVED_REASON: Category[] = each(NOT_SERVED_REASONS);

/** Each special classification answered yes, and each left unanswered. */
export const CLASSIFICATIONS: Category[] = Object.entries(SPECIAL_CLASSIFICATIONS).flatMap(
  ([key, label]) => [
    { key, label, values: [`${key}:yes`] },
    {
      key: `${key}_not_reported`,
      label: `${label}: not reported`,
      values: [`${key}:not_reported`],
    },
  ],
);

export const PROBLEM_CODE: Category[] = [
  ...Object.entries(LSC_PROBLEM_CODES).map(([key, label]) => ({
    key,
    label: `${key} ${label}`,
    values: [key],
  })),
  { key: 'not_recorded', label: 'Problem code not recorded', values: ['not_recorded'] },
];

export const CLOSING_CODE: Category[] = [
  ...Object.entries(LSC_CLOSING_CODES).map(([key, label]) => ({
    key,
    label: `${key} ${label}`,
    values: [key],
  })),
  { key: 'not_recorded', label: 'Not recorded', values: ['not_recorded'] },
];

export const ORDER_KIND: Category[] = [
  { key: 'FA_EPO', label: 'Family abuse emergency', values: ['FA_EPO'] },
  { key: 'FA_PPO', label: 'Family abuse preliminary', values: ['FA_PPO'] },
  { key: 'FA_PO', label: 'Family abuse final', values: ['FA_PO'] },
  { key: 'AOV_EPO', label: 'Act of violence emergency', values: ['AOV_EPO'] },
  { key: 'AOV_PPO', label: 'Act of violence preliminary', values: ['AOV_PPO'] },
  { key: 'AOV_PO', label: 'Act of violence final', values: ['AOV_PO'] },
  { key: 'ESRO', label: 'Emergency substantial risk', values: ['ESRO'] },
  { key: 'FSRO', label: 'Final substantial risk', values: ['FSRO'] },
  { key: 'unknown', label: 'Kind not known', values: ['unknown'] },
];

export const ORDER_EVENTS = [
  { key: 'sought', label: 'Sought', values: ['sought'] },
  { key: 'granted', label: 'Granted', values: ['granted'] },
  { key: 'denied', label: 'Denied', values: ['denied'] },
  { key: 'extended', label: 'Extended', values: ['extended'] },
  { key: 'dissolved', label: 'Dissolved', values: ['dissolved'] },
] as const satisfies Category[];

export const PEOPLE_AND_TIMES = {
  measures: [
    { key: 'people', label: 'Individuals', counting: 'people' },
    { key: 'times', label: 'Times provided', counting: 'times' },
  ],
} as const;
