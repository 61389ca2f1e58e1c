import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { ReadReplica } from '@api/database/read-replica';
import { EXPORTS_QUEUE } from '@api/jobs/queues';

import { BreachScopeController } from './breach-scope.controller';
import { BreachScopeService } from './breach-scope.service';
import { ExportsController } from './exports.controller';
import { ExportsRepository } from './exports.repository';
import { ExportsService } from './exports.service';
import { ExportsProducer } from './jobs/exports.producer';

/** The API side of exports: asking, following, downloading; and breach scoping. */
@Module({
  imports: [AuditModule, BullModule.registerQueue({ name: EXPORTS_QUEUE })],
  controllers: [ExportsController, BreachScopeController],
  providers: [ExportsRepository, ExportsService, ExportsProducer, BreachScopeService, ReadReplica],
})
export class ExportsModule {}
