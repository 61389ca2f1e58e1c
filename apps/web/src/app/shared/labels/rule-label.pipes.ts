import { Pipe, type PipeTransform } from '@angular/core';

import { assumptionTitle, deadlineStateLabel, ruleTitle } from './rule-labels';

/** A rule id as its title: `{{ d.ruleId | hvRuleTitle }}`. */
@Pipe({ name: 'hvRuleTitle' })
export class RuleTitlePipe implements PipeTransform {
  transform(ruleId: string | null | undefined): string {
    return ruleTitle(ruleId);
  }
}

/** An assumption number ("A-05") as its title. */
@Pipe({ name: 'hvAssumptionTitle' })
export class AssumptionTitlePipe implements PipeTransform {
  transform(id: string): string {
    return assumptionTitle(id);
  }
}

/** A deadline state code as words. */
@Pipe({ name: 'hvDeadlineStateLabel' })
export class DeadlineStateLabelPipe implements PipeTransform {
  transform(state: string): string {
    return deadlineStateLabel(state);
  }
}
