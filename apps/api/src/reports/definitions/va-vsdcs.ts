import type { ReportDefinition } from '../report-definition';
import { victimServicesSections } from './victim-services';

/** Virginia DCJS Victim Services Data Collection System: the PMT's measures on the state FY. */
export const VA_VSDCS: ReportDefinition = {
  id: 'va-vsdcs',
  title: 'Virginia DCJS VSDCS (quarterly)',
  description: 'The PMT measures on Virginia’s state fiscal year (July–June).',
  funder: 'VA_DCJS',
  calendar: 'state_fy_quarter',
  newSince: 'fiscal_year',
  sections: victimServicesSections(),
};
