import { describe, expect, it } from 'vitest';

import type { CaseStage, OrderKind } from '@haven/contracts';

import { ORDER_KIND_OPTIONS, orderKindLabel, stageLabel } from './case-labels';
import { OrderKindLabelPipe } from './order-kind-label.pipe';
import { StageLabelPipe } from './stage-label.pipe';

describe('stageLabel', () => {
  it.each<[CaseStage, string]>([
    ['intake', 'Intake'],
    ['petition_filed', 'Petition filed'],
    ['awaiting_service', 'Awaiting service'],
    ['hearing_scheduled', 'Hearing scheduled'],
    ['order_in_effect', 'Order in effect'],
    ['extension_pending', 'Extension pending'],
    ['closed', 'Closed'],
  ])('shows %s as "%s"', (stage, label) => {
    expect(stageLabel(stage)).toBe(label);
  });

  it('reads a stage the app does not know yet as words rather than a code', () => {
    expect(stageLabel('motion_to_dissolve' as CaseStage)).toBe('Motion to dissolve');
  });

  it('is what the hvStageLabel pipe shows', () => {
    expect(new StageLabelPipe().transform('awaiting_service')).toBe('Awaiting service');
  });
});

describe('orderKindLabel', () => {
  it.each<[OrderKind, string]>([
    ['FA_EPO', 'Family abuse emergency order'],
    ['FA_PPO', 'Family abuse preliminary order'],
    ['FA_PO', 'Family abuse final order'],
    ['AOV_EPO', 'Act of violence emergency order'],
    ['AOV_PPO', 'Act of violence preliminary order'],
    ['AOV_PO', 'Act of violence final order'],
    ['ESRO', 'Emergency substantial risk order'],
    ['FSRO', 'Final substantial risk order'],
    ['OOS', 'Out-of-state order'],
  ])('shows %s as "%s"', (kind, label) => {
    expect(orderKindLabel(kind)).toBe(label);
  });

  it('says "Not set" for a case without an order kind', () => {
    expect(new OrderKindLabelPipe().transform(null)).toBe('Not set');
  });

  it('shows an unknown code as it came rather than a blank cell', () => {
    expect(orderKindLabel('XX_PO' as OrderKind)).toBe('XX_PO');
  });

  it('does not mistake an inherited property name for a label', () => {
    expect(orderKindLabel('toString' as OrderKind)).toBe('toString');
  });

  it('offers every order kind once in the select', () => {
    const values = ORDER_KIND_OPTIONS.map((option) => option.value);
    expect(values).toEqual([
      'FA_EPO',
      'FA_PPO',
      'FA_PO',
      'AOV_EPO',
      'AOV_PPO',
      'AOV_PO',
      'ESRO',
      'FSRO',
      'OOS',
    ]);
  });
});
