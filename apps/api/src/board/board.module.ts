import { Module } from '@nestjs/common';

import { CourtClosuresModule } from '@api/court-closures/court-closures.module';

import { AtRiskRepository } from './at-risk.repository';
import { AtRiskService } from './at-risk.service';
import { BoardEntriesRepository } from './board-entries.repository';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';

/** Supervisors' views across the organisation: the board and the "protection at risk" list. */
@Module({
  imports: [CourtClosuresModule],
  controllers: [BoardController],
  providers: [BoardEntriesRepository, BoardService, AtRiskRepository, AtRiskService],
})
export class BoardModule {}
