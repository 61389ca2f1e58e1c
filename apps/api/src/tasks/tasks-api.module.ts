import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { CasesModule } from '@api/cases/cases.module';

import { TasksController } from './tasks.controller';
import { TasksModule } from './tasks.module';
import { TasksService } from './tasks.service';

/**
 * The HTTP side of tasks. TasksModule stays a plain data module because the worker's follow-ups
 * import it, and CasesModule (needed here for CaseAccess) already imports the follow-ups through
 * JobsModule: putting the controller in TasksModule would make a module cycle.
 */
@Module({
  imports: [AuditModule, TasksModule, CasesModule],
  controllers: [TasksController],
  providers: [TasksService],
})
export class TasksApiModule {}
