import { AuditEventEntity } from '@api/audit/audit-event.entity';
import { SessionEntity } from '@api/auth/session.entity';
import { CaseEntity } from '@api/cases/case.entity';
import { FollowupEntity } from '@api/followups/followup.entity';
import { TaskEntity } from '@api/tasks/task.entity';
import { OrganisationEntity } from '@api/users/organisation.entity';
import { UserEntity } from '@api/users/user.entity';

/** Every entity, listed once, so the app, the worker, the CLI and the tests see the same schema. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  CaseEntity,
  FollowupEntity,
  TaskEntity,
  AuditEventEntity,
];
