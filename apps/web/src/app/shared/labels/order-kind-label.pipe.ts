import { Pipe, type PipeTransform } from '@angular/core';

import type { OrderKind } from '@haven/contracts';

import { orderKindLabel } from './case-labels';

/** `'FA_PO' | hvOrderKindLabel` → 'Family abuse final order'. */
@Pipe({ name: 'hvOrderKindLabel' })
export class OrderKindLabelPipe implements PipeTransform {
  transform(kind: OrderKind | null): string {
    return orderKindLabel(kind);
  }
}
