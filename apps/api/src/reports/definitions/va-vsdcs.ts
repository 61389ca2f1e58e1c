import type { ReportDefinition } from '../report-definition';
import { victimServicesSections } from './victim-services';

/**
 * Virginia DCJS Victim Services Data Collection System: the PMT's measures on the state FY, for
 * "VOCA and state victim-witness grants" (funder-reports.md): DCJS passes VOCA through to its
 * subgrantees, so work either paid for is counted, a person once.
 */
export const VA_VSDCS: ReportDefinition = {
  id: 'va-vsdcs',
  title: 'Virginia DCJS VSDCS (quarterly)',
  description:
    'The PMT measures on Virginia’s state fiscal year (July–June), for work paid by VOCA or DCJS victim/witness grants.',
  funders: ['VOCA', 'VA_DCJS'],
  calendar: 'state_fy_quarter',
  newSince: 'fiscal_year',
  sections: victimServicesSections(),
};
