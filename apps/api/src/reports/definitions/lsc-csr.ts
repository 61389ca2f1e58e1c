import type { ReportDefinition } from '../report-definition';
import { ALL, CLOSING_CODE, PROBLEM_CODE } from './categories';

/**
 * LSC Case Service Report (2017 CSR Handbook): cases closed in the calendar year by problem code
 * and closing code, and cases still open at the year's end, for cases LSC funded.
 */
export const LSC_CSR: ReportDefinition = {
  id: 'lsc-csr',
  title: 'LSC Case Service Report',
  description:
    'Closed cases by problem × closing code, and cases open at year end (calendar year).',
  funders: ['LSC'],
  calendar: 'calendar_year',
  newSince: 'fiscal_year',
  sections: [
    {
      id: 'closed',
      title: 'Cases closed, by problem code and closing code',
      population: 'closed_cases',
      rows: { dimension: 'problem_code', categories: PROBLEM_CODE },
      columns: { dimension: 'closing_code', categories: CLOSING_CODE },
      counting: 'cases',
      total: 'All problem codes',
    },
    {
      id: 'open_at_end',
      title: 'Cases open at the end of the year, by problem code',
      population: 'open_cases_at_end',
      rows: { dimension: 'problem_code', categories: PROBLEM_CODE },
      columns: { dimension: 'all', categories: ALL('Open cases') },
      counting: 'cases',
      total: 'All problem codes',
    },
  ],
};
