import { CreateOrganisationsAndUsers1795420000000 } from './1795420000000-create-organisations-and-users';
import { CreateUserSessions1795420000001 } from './1795420000001-create-user-sessions';
import { CreateCaseFiles1795420000002 } from './1795420000002-create-case-files';
import { CreateFollowupsAndTasks1795420000003 } from './1795420000003-create-followups-and-tasks';
import { CreateAuditEvents1795420000004 } from './1795420000004-create-audit-events';

/** Every migration in order; listed explicitly so no glob or loader decides what runs. */
export const MIGRATIONS = [
  CreateOrganisationsAndUsers1795420000000,
  CreateUserSessions1795420000001,
  CreateCaseFiles1795420000002,
  CreateFollowupsAndTasks1795420000003,
  CreateAuditEvents1795420000004,
];
