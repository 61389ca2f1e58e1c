import type { Category, SectionDefinition } from '../report-definition';
import { AGE, GENDER, PEOPLE_AND_TIMES, RACE } from './categories';

// Section shapes the funder reports share: the OVW, VOCA and VSDCS definitions differ in their
// calendars, row lists and words, not in how a demographic or a service is counted.

/** People counted once per row by one dimension of theirs, in one column. */
export function peopleBy(
  id: string,
  title: string,
  rows: { dimension: string; categories: readonly Category[] },
  options: {
    column: readonly Category[];
    population?: 'people_served' | 'service_status';
    onlyNew?: boolean;
    total?: string;
  },
): SectionDefinition {
  return {
    id,
    title,
    population: options.population ?? 'people_served',
    ...(options.onlyNew ? { onlyNew: true } : {}),
    rows,
    columns: { dimension: 'all', categories: options.column },
    counting: 'people',
    ...(options.total ? { total: options.total } : {}),
  };
}

/**
 * Race/ethnicity (with an unduplicated total), gender, age and special classifications of the
 * people served, or of the new ones only (VOCA asks demographics of new individuals).
 */
export function demographicSections(who: {
  ids: { race: string; gender: string; age: string; classifications: string };
  titles: { race: string; gender: string; age: string; classifications: string };
  column: readonly Category[];
  classifications: readonly Category[];
  total: string;
  onlyNew?: boolean;
}): SectionDefinition[] {
  const options = { column: who.column, onlyNew: who.onlyNew };
  return [
    peopleBy(
      who.ids.race,
      who.titles.race,
      { dimension: 'race', categories: RACE },
      {
        ...options,
        total: who.total,
      },
    ),
    peopleBy(
      who.ids.gender,
      who.titles.gender,
      { dimension: 'gender', categories: GENDER },
      options,
    ),
    peopleBy(who.ids.age, who.titles.age, { dimension: 'age_band', categories: AGE }, options),
    peopleBy(
      who.ids.classifications,
      who.titles.classifications,
      { dimension: 'classification', categories: who.classifications },
      options,
    ),
  ];
}

/** Each kind of service: the individuals who received it and the times it was provided. */
export function servicesSection(title: string, kinds: readonly Category[]): SectionDefinition {
  return {
    id: 'services',
    title,
    population: 'activities',
    rows: { dimension: 'kind', categories: kinds },
    columns: PEOPLE_AND_TIMES,
    counting: 'times',
    total: 'All services',
  };
}
