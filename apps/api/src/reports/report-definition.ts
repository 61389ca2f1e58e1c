import type { Funder, ReportCalendar, ReportId } from '@haven/contracts';

/**
 * A report as data (funder-reports.md: "its definition is data, one module per report"). The
 * engine knows populations, dimensions and counting rules; a definition only picks them and lists
 * its rows and columns, so a field the brief marks "to verify" is changed here, never in the engine.
 */
export interface ReportDefinition {
  id: ReportId;
  title: string;
  description: string;
  /**
   * Whose funding sources decide what is counted (work any of them paid for counts once); null
   * counts the whole organisation.
   */
  funders: readonly Funder[] | null;
  calendar: ReportCalendar;
  /** "New" means first served since the start of the fiscal year, or of the period itself. */
  newSince: 'fiscal_year' | 'period';
  sections: SectionDefinition[];
}

/** The facts a section counts, one row per fact (see report-populations.ts). */
export type PopulationId =
  | 'people_served'
  | 'service_status'
  | 'activities'
  | 'closed_cases'
  | 'open_cases_at_end'
  | 'order_events'
  | 'violations'
  | 'durations';

/** How a cell counts its facts. */
export type CountingRule =
  /** Each person once, however many cases or services (unduplicated). */
  | 'people'
  /** Each case once. */
  | 'cases'
  /** Every instance: "times provided". */
  | 'times'
  /** The median of the facts' measure, in days. */
  | 'median_days';

/** A row or column: its key and label, and the dimension values it gathers. */
export interface Category {
  key: string;
  label: string;
  values: readonly string[];
}

/** A generated list of categories, when the rows depend on the period. */
export type GeneratedCategories = 'months_of_period';

export interface Axis {
  dimension: string;
  categories: readonly Category[] | GeneratedCategories;
}

export interface SectionDefinition {
  id: string;
  title: string;
  population: PopulationId;
  /** Only the people new in the fiscal year (VOCA asks demographics of new individuals only). */
  onlyNew?: boolean;
  rows: Axis;
  /** Either a second dimension counted with `counting`, or several counting rules side by side. */
  columns:
    Axis | { measures: ReadonlyArray<{ key: string; label: string; counting: CountingRule }> };
  counting: CountingRule;
  /** Adds a row counting every fact of the section once (unduplicated for people). */
  total?: string;
}
