import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@api/audit/audit.module';
import { CasesModule } from '@api/cases/cases.module';
import { DeadlinesModule } from '@api/deadlines/deadlines.module';
import { FollowupSyncModule } from '@api/followups/followup-sync.module';

import { ServiceAttemptEntity } from './service-attempt.entity';
import { ServiceAttemptsController } from './service-attempts.controller';
import { ServiceAttemptsRepository } from './service-attempts.repository';
import { ServiceAttemptsService } from './service-attempts.service';
import { ServiceNotesService } from './service-notes.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ServiceAttemptEntity]),
    AuditModule,
    CasesModule,
    DeadlinesModule,
    FollowupSyncModule,
  ],
  controllers: [ServiceAttemptsController],
  providers: [ServiceAttemptsRepository, ServiceAttemptsService, ServiceNotesService],
})
export class ServiceAttemptsModule {}
