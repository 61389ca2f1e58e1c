import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';

import { FOLLOWUPS_QUEUE, MAINTENANCE_QUEUE } from './queues';

export const QUEUE_BOARD_PATH = '/api/admin/queues';

/**
 * Bull Board, read-only, served through a Nest controller so the global session guard and the
 * `queue:read` permission apply to every page, asset and API call of the board (BullMQ "Protecting
 * data": payloads are ids and a version only, and only admins see even those).
 */
@Injectable()
export class QueueBoardService {
  private readonly router: (req: Request, res: Response, next: NextFunction) => void;

  constructor(
    @InjectQueue(FOLLOWUPS_QUEUE) followups: Queue,
    @InjectQueue(MAINTENANCE_QUEUE) maintenance: Queue,
  ) {
    const adapter = new ExpressAdapter();
    adapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: [
        new BullMQAdapter(followups, { readOnlyMode: true, allowRetries: false }),
        new BullMQAdapter(maintenance, { readOnlyMode: true, allowRetries: false }),
      ],
      serverAdapter: adapter,
      options: { uiConfig: { boardTitle: 'Haven queues' } },
    });
    this.router = adapter.getRouter() as typeof this.router;
  }

  /** Hands a GET under the board's path to Bull Board's own router, relative to its base path. */
  handle(req: Request, res: Response, next: NextFunction): void {
    const rest = req.originalUrl.slice(QUEUE_BOARD_PATH.length);
    req.url = rest.startsWith('/') ? rest : `/${rest}`;
    this.router(req, res, next);
  }
}
