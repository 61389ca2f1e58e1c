import type { ReportDefinition } from '../report-definition';
import { victimServicesSections } from './victim-services';

/** OVC's VOCA Victim Assistance Performance Measurement Tool, quarterly on the federal FY. */
export const VOCA_PMT: ReportDefinition = {
  id: 'voca-pmt',
  title: 'VOCA Performance Measurement Tool (quarterly)',
  description: 'Individuals served, new this federal fiscal year, demographics and services.',
  funders: ['VOCA'],
  calendar: 'federal_fy_quarter',
  newSince: 'fiscal_year',
  sections: victimServicesSections(),
};
