import { Pipe, type PipeTransform } from '@angular/core';

import type { CaseStage } from '@haven/contracts';

import { stageLabel } from './case-labels';

/** `'awaiting_service' | hvStageLabel` → 'Awaiting service'. */
@Pipe({ name: 'hvStageLabel' })
export class StageLabelPipe implements PipeTransform {
  transform(stage: CaseStage): string {
    return stageLabel(stage);
  }
}
