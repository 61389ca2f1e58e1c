import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseComputationModule } from '@api/case-computation/case-computation.module';
import { LAW_CHANGES_QUEUE } from '@api/jobs/queues';

import { LawChangeProducer } from './jobs/law-change.producer';
import { LawChangeBoardService } from './law-change-board.service';
import { LawChangeReviewEntity } from './law-change-review.entity';
import { LawChangeReviewService } from './law-change-review.service';
import { LawChangesController } from './law-changes.controller';
import { LawChangesRepository } from './law-changes.repository';
import { RulesDeploymentEntity } from './rules-deployment.entity';

/**
 * Law-change impact (issue 14): the review of open cases under a new rule set, and the board's
 * list of what it changed. The worker adds the processor and the start-up sweep on top.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([LawChangeReviewEntity, RulesDeploymentEntity]),
    BullModule.registerQueue({ name: LAW_CHANGES_QUEUE }),
    CaseComputationModule,
  ],
  controllers: [LawChangesController],
  providers: [
    LawChangesRepository,
    LawChangeReviewService,
    LawChangeBoardService,
    LawChangeProducer,
  ],
  exports: [LawChangeReviewService, LawChangeProducer],
})
export class LawChangesModule {}
