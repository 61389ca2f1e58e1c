import { describe, expect, it } from 'vitest';

import type { CaseStage, DeadlineConfidence, OrderKind, Relationship } from '@haven/contracts';

import {
  ORDER_KIND_OPTIONS,
  RELATIONSHIP_OPTIONS,
  advocateNames,
  confidenceLabel,
  courtKindLabel,
  deadlineKindLabel,
  orderKindLabel,
  relationshipLabel,
  stageLabel,
} from './case-labels';
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

describe('relationship labels', () => {
  // Every code of the contract's Relationship union; the select must offer each exactly once.
  const ALL: Relationship[] = [
    'spouse',
    'former_spouse',
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
    'child_in_common',
    'cohabitant',
    'former_cohabitant',
    'cohabitants_child_in_home',
    'none',
  ];

  it('offers every relationship code once, in the order of R15', () => {
    expect(RELATIONSHIP_OPTIONS.map((option) => option.value)).toEqual(ALL);
  });

  it('labels every code in words, not as a code', () => {
    for (const { label } of RELATIONSHIP_OPTIONS) {
      expect(label).toMatch(/^[A-Z][a-z]/);
      expect(label).not.toContain('_');
    }
  });

  it.each<[Relationship | null, string]>([
    ['half_sister', 'Half-sister'],
    ['mother_in_law', 'Mother-in-law'],
    ['none', 'None of these'],
    [null, 'Not recorded'],
  ])('shows %s as "%s"', (code, label) => {
    expect(relationshipLabel(code)).toBe(label);
  });
});

describe('advocateNames', () => {
  it('joins the advocates with commas, or says "Unassigned"', () => {
    expect(
      advocateNames([
        { id: 'a', displayName: 'Ada Marsh' },
        { id: 'b', displayName: 'Wren Calloway' },
      ]),
    ).toBe('Ada Marsh, Wren Calloway');
    expect(advocateNames([])).toBe('Unassigned');
  });
});

describe('deadline, court and confidence labels', () => {
  it('names the deadline kinds of the rules library, and reads an unknown one as words', () => {
    expect(deadlineKindLabel('order_expiry')).toBe('Order expires');
    expect(deadlineKindLabel('service_follow_up')).toBe('Follow up on service');
    expect(deadlineKindLabel('appeal_by')).toBe('Appeal by');
  });

  it('names the courts', () => {
    expect(courtKindLabel('JDR')).toBe('Juvenile and domestic relations district court');
    expect(courtKindLabel('GDC')).toBe('General district court');
    expect(courtKindLabel(null)).toBe('Not set');
  });

  it.each<[DeadlineConfidence, string]>([
    ['source_explicit', 'Stated in the source'],
    ['interpretation', 'Interpretation of the source'],
    ['advisory', 'Advisory only'],
  ])('shows confidence %s as "%s"', (confidence, label) => {
    expect(confidenceLabel(confidence)).toBe(label);
  });
});
