import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@api/audit/audit.module';
import { CaseFilesModule } from '@api/case-files/case-files.module';
import { TaskEntity } from '@api/followups/task.entity';

import { TasksController } from './tasks.controller';
import { TasksRepository } from './tasks.repository';
import { TasksService } from './tasks.service';

/** The task inbox: lists, completion and reassignment of the tasks follow-ups made. */
@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity]), AuditModule, CaseFilesModule],
  controllers: [TasksController],
  providers: [TasksRepository, TasksService],
  exports: [TasksRepository],
})
export class TasksModule {}
