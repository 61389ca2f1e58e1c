import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@api/audit/audit.module';

import { CaseAccess } from './case-access';
import { CaseAssignmentEntity } from './case-assignment.entity';
import { CaseEntity } from './case.entity';
import { CaseFilesRepository } from './case-files.repository';

/** The case and its advocates, and the one access check every case feature uses. */
@Module({
  imports: [TypeOrmModule.forFeature([CaseEntity, CaseAssignmentEntity]), AuditModule],
  providers: [CaseFilesRepository, CaseAccess],
  exports: [CaseAccess, CaseFilesRepository, AuditModule],
})
export class CaseFilesModule {}
