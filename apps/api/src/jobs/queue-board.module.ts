import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { QueueBoardController } from './queue-board.controller';
import { QueueBoardService } from './queue-board.service';
import { FOLLOWUPS_QUEUE, MAINTENANCE_QUEUE } from './queues';

/** The admin queue dashboard of the API process. */
@Module({
  imports: [BullModule.registerQueue({ name: FOLLOWUPS_QUEUE }, { name: MAINTENANCE_QUEUE })],
  controllers: [QueueBoardController],
  providers: [QueueBoardService],
})
export class QueueBoardModule {}
