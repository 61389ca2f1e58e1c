import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { CryptoModule } from '@api/crypto/crypto.module';
import { ReadReplica } from '@api/database/read-replica';
import { EXPORTS_QUEUE } from '@api/jobs/queues';

import { ExportRunner } from '../export-runner.service';
import { ExportsRepository } from '../exports.repository';
import { ExportProcessor } from './export.processor';
import { ExportsCleanup } from './exports-cleanup';
import { ExportsProducer } from './exports.producer';

/** The worker side of exports: the processor, its runner and the hourly purge of expired files. */
@Module({
  imports: [AuditModule, CryptoModule, BullModule.registerQueue({ name: EXPORTS_QUEUE })],
  providers: [
    ExportsRepository,
    ExportRunner,
    ExportsProducer,
    ExportsCleanup,
    ExportProcessor,
    ReadReplica,
  ],
  exports: [ExportProcessor, ExportsCleanup, ExportRunner],
})
export class ExportsWorkerModule {}
