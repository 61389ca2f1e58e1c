import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@api/audit/audit.module';
import { CaseFilesModule } from '@api/case-files/case-files.module';
import { CaseComputationModule } from '@api/case-computation/case-computation.module';

import { ServiceAttemptEntity } from './service-attempt.entity';
import { ServiceAttemptsController } from './service-attempts.controller';
import { ServiceAttemptsRepository } from './service-attempts.repository';
import { ServiceAttemptsService } from './service-attempts.service';
import { ServiceNotesService } from './service-notes.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ServiceAttemptEntity]),
    AuditModule,
    CaseFilesModule,
    CaseComputationModule,
  ],
  controllers: [ServiceAttemptsController],
  providers: [ServiceAttemptsRepository, ServiceAttemptsService, ServiceNotesService],
})
export class ServiceAttemptsModule {}
