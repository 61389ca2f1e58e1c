import { Pipe, type PipeTransform } from '@angular/core';

import { formatCivilDate } from './civil-date';

/** `'2026-03-09' | hvCivilDate` → 'Mar 9, 2026', never shifted by the browser's time zone. */
@Pipe({ name: 'hvCivilDate' })
export class CivilDatePipe implements PipeTransform {
  transform(value: string): string {
    return formatCivilDate(value);
  }
}
