import type { Type } from '@angular/core';

import { ExtensionMotionDialogComponent } from './extension-motion-dialog.component';
import { HearingContinuanceDialogComponent } from './hearing-continuance-dialog.component';
import { HearingDialogComponent } from './hearing-dialog.component';
import { HearingOutcomeDialogComponent } from './hearing-outcome-dialog.component';
import { OrderDialogComponent } from './order-dialog.component';
import { PetitionDialogComponent } from './petition-dialog.component';
import { RespondentMoveDialogComponent } from './respondent-move-dialog.component';
import { ServiceAttemptDialogComponent } from './service-attempt-dialog.component';
import { ViolationDialogComponent } from './violation-dialog.component';

/** Every form that records an event of a case, by the name `?record=` links use. */
export const RECORD_DIALOGS = {
  petition: PetitionDialogComponent,
  order: OrderDialogComponent,
  service: ServiceAttemptDialogComponent,
  hearing: HearingDialogComponent,
  continuance: HearingContinuanceDialogComponent,
  outcome: HearingOutcomeDialogComponent,
  motion: ExtensionMotionDialogComponent,
  violation: ViolationDialogComponent,
  move: RespondentMoveDialogComponent,
} satisfies Record<string, Type<unknown>>;

export type RecordKind = keyof typeof RECORD_DIALOGS;

// A continuance or an outcome is about one hearing, so only these can be linked.
const LINKABLE: readonly string[] = [
  'petition',
  'order',
  'service',
  'hearing',
  'motion',
  'violation',
  'move',
];

export function isRecordKind(value: string | null): value is RecordKind {
  return value !== null && LINKABLE.includes(value);
}
