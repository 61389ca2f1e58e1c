import { Pipe, type PipeTransform } from '@angular/core';

import type { AdvocateRef, CourtKind, DeadlineConfidence, Relationship } from '@haven/contracts';

import {
  advocateNames,
  confidenceLabel,
  courtKindLabel,
  deadlineKindLabel,
  personWithRole,
  relationshipLabel,
} from './case-labels';

/** `[{displayName:'Wren'},{displayName:'Ada'}] | hvAdvocateNames` → 'Wren, Ada' ('Unassigned' if none). */
@Pipe({ name: 'hvAdvocateNames' })
export class AdvocateNamesPipe implements PipeTransform {
  transform(advocates: readonly AdvocateRef[]): string {
    return advocateNames(advocates);
  }
}

/** `{displayName:'Ada Marsh', role:'advocate'} | hvPersonWithRole` → 'Ada Marsh (advocate)'. */
@Pipe({ name: 'hvPersonWithRole' })
export class PersonWithRolePipe implements PipeTransform {
  transform(person: { displayName: string; role: string }): string {
    return personWithRole(person);
  }
}

/** `'former_spouse' | hvRelationshipLabel` → 'Former spouse'. */
@Pipe({ name: 'hvRelationshipLabel' })
export class RelationshipLabelPipe implements PipeTransform {
  transform(relationship: Relationship | null): string {
    return relationshipLabel(relationship);
  }
}

/** `'JDR' | hvCourtKindLabel` → 'Juvenile and domestic relations district court'. */
@Pipe({ name: 'hvCourtKindLabel' })
export class CourtKindLabelPipe implements PipeTransform {
  transform(kind: CourtKind | null): string {
    return courtKindLabel(kind);
  }
}

/** `'order_expiry' | hvDeadlineKindLabel` → 'Order expires'. */
@Pipe({ name: 'hvDeadlineKindLabel' })
export class DeadlineKindLabelPipe implements PipeTransform {
  transform(kind: string): string {
    return deadlineKindLabel(kind);
  }
}

/** `'source_explicit' | hvConfidenceLabel` → 'Stated in the source'. */
@Pipe({ name: 'hvConfidenceLabel' })
export class ConfidenceLabelPipe implements PipeTransform {
  transform(confidence: DeadlineConfidence): string {
    return confidenceLabel(confidence);
  }
}
