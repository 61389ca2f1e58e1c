import { Pipe, type PipeTransform } from '@angular/core';

import { formatCivilTime } from './civil-date';

/** `'17:00' | hvCivilTime` → '5:00 PM' (a court's local time, never shifted by the browser). */
@Pipe({ name: 'hvCivilTime' })
export class CivilTimePipe implements PipeTransform {
  transform(value: string): string {
    return formatCivilTime(value);
  }
}
