import { Controller, Get, Next, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';

import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import { QueueBoardService } from './queue-board.service';

/**
 * The admin queue dashboard (Bull Board). GET only: the board runs read-only, and its retry or
 * clean endpoints (POST/PUT) are not routed at all.
 */
@ApiExcludeController()
@Controller('admin/queues')
export class QueueBoardController {
  constructor(private readonly board: QueueBoardService) {}

  @Get()
  @RequirePermission('queue:read')
  index(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.board.handle(req, res, next);
  }

  @Get('*path')
  @RequirePermission('queue:read')
  page(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.board.handle(req, res, next);
  }
}
