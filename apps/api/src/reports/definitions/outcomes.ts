import type { ReportDefinition } from '../report-definition';
import { ALL, ORDER_EVENTS, ORDER_KIND } from './categories';

/** What the organisation's protective-order work achieved, from the order model alone. */
export const OUTCOMES: ReportDefinition = {
  id: 'outcomes',
  title: 'Protective-order outcomes',
  description: 'Orders sought, granted, denied, extended and dissolved; violations; time to order.',
  funders: null,
  calendar: 'calendar_year',
  newSince: 'period',
  sections: [
    {
      id: 'orders_by_kind',
      title: 'Orders by kind',
      population: 'order_events',
      rows: { dimension: 'kind', categories: ORDER_KIND },
      columns: { dimension: 'event', categories: ORDER_EVENTS },
      counting: 'times',
      total: 'All kinds',
    },
    {
      id: 'orders_by_month',
      title: 'Orders by month',
      population: 'order_events',
      rows: { dimension: 'month', categories: 'months_of_period' },
      columns: { dimension: 'event', categories: ORDER_EVENTS },
      counting: 'times',
      total: 'Whole period',
    },
    {
      id: 'violations',
      title: 'Violations by potential classification',
      population: 'violations',
      rows: {
        dimension: 'classification',
        categories: [
          { key: 'class_6_felony', label: 'Class 6 felony', values: ['class_6_felony'] },
          {
            key: 'class_1_misdemeanor',
            label: 'Class 1 misdemeanor',
            values: ['class_1_misdemeanor'],
          },
          { key: 'none_identified', label: 'None identified', values: ['none_identified'] },
        ],
      },
      columns: { dimension: 'all', categories: ALL('Violations') },
      counting: 'times',
      total: 'All violations',
    },
    {
      id: 'durations',
      title: 'Time to an order and to personal service',
      population: 'durations',
      rows: {
        dimension: 'measure_kind',
        categories: [
          {
            key: 'petition_to_final_order',
            label: 'Petition to final order',
            values: ['petition_to_final_order'],
          },
          {
            key: 'failed_service_to_personal',
            label: 'Failed service to personal service',
            values: ['failed_service_to_personal'],
          },
        ],
      },
      columns: {
        measures: [
          { key: 'median_days', label: 'Median days', counting: 'median_days' },
          { key: 'count', label: 'Orders or services measured', counting: 'times' },
        ],
      },
      counting: 'median_days',
    },
  ],
};
