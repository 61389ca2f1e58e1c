import { CreateOrganisationsAndUsers1795420000000 } from './1795420000000-create-organisations-and-users';
import { CreateUserSessions1795420000001 } from './1795420000001-create-user-sessions';
import { CreateCaseFiles1795420000002 } from './1795420000002-create-case-files';
import { CreateFollowupsAndTasks1795420000003 } from './1795420000003-create-followups-and-tasks';
import { CreateAuditEvents1795420000004 } from './1795420000004-create-audit-events';
import { CreateParties1795430000000 } from './1795430000000-create-parties';
import { LinkCasesToParties1795430000001 } from './1795430000001-link-cases-to-parties';
import { CreatePetitionsAndHearings1795430000002 } from './1795430000002-create-petitions-and-hearings';
import { CreateProtectiveOrders1795430000003 } from './1795430000003-create-protective-orders';
import { CreateServiceAttempts1795430000004 } from './1795430000004-create-service-attempts';
import { CreateViolations1795430000005 } from './1795430000005-create-violations';
import { CreateCaseNotes1795430000006 } from './1795430000006-create-case-notes';
import { CreateCaseDeadlines1795430000007 } from './1795430000007-create-case-deadlines';
import { AddTaskCompletion1795430000008 } from './1795430000008-add-task-completion';
import { CreateCourtClosures1795430000009 } from './1795430000009-create-court-closures';
import { ChainAuditEvents1795430000010 } from './1795430000010-chain-audit-events';
import { EnableRowLevelSecurity1795430000011 } from './1795430000011-enable-row-level-security';
import { AddHearingContinuationUnique1795440000000 } from './1795440000000-add-hearing-continuation-unique';
import { ConstrainOrderChain1795450000000 } from './1795450000000-constrain-order-chain';
import { AddFollowupRuleFields1795460000100 } from './1795460000100-add-followup-rule-fields';
import { AddTaskAssigneeSlot1795460000101 } from './1795460000101-add-task-assignee-slot';
import { CreateFollowupSettings1795460000102 } from './1795460000102-create-followup-settings';
import { AddOrderEndedStage1795480000000 } from './1795480000000-add-order-ended-stage';
import { AddCaseNextDue1795480000001 } from './1795480000001-add-case-next-due';
import { GrantUserManagement1795480000002 } from './1795480000002-grant-user-management';
import { SerialiseAuditChain1795490000100 } from './1795490000100-serialise-audit-chain';
import { AddPriorOrderFinding1795500000000 } from './1795500000000-add-prior-order-finding';
import { AddPetitionMilitaryOrder1795510000000 } from './1795510000000-add-petition-military-order';
import { CreateRespondentMoves1795510000001 } from './1795510000001-create-respondent-moves';
import { AllowAddressChangeViolation1795510000002 } from './1795510000002-allow-address-change-violation';
import { CreateLawChangeReviews1795510000003 } from './1795510000003-create-law-change-reviews';
import { AddAccountSecurity1795520000000 } from './1795520000000-add-account-security';
import { CreateKeyRotationRuns1795530000000 } from './1795530000000-create-key-rotation-runs';
import { CreateRetention1795530000001 } from './1795530000001-create-retention';
import { CreateExports1795540000000 } from './1795540000000-create-exports';
import { AllowServiceActivityExports1795540000001 } from './1795540000001-allow-service-activity-exports';
import { CreateCalendarFeeds1795550000000 } from './1795550000000-create-calendar-feeds';
import { CreateFundingSources1795560000000 } from './1795560000000-create-funding-sources';
import { CreateServiceActivities1795560000001 } from './1795560000001-create-service-activities';
import { CreateReportFacts1795560000002 } from './1795560000002-create-report-facts';
import { CreateCourtDirectory1795570000000 } from './1795570000000-create-court-directory';
import { AllowOpenCourtService1795580000000 } from './1795580000000-allow-open-court-service';
import { CreateClientSafeContact1795600000000 } from './1795600000000-create-client-safe-contact';
import { CreateDocumentTemplates1795600000001 } from './1795600000001-create-document-templates';
import { CreateCaseDocuments1795600000002 } from './1795600000002-create-case-documents';
import { AddCaseIdIndexes1795610000000 } from './1795610000000-add-case-id-indexes';
import { AddCaseloadIndexes1795610000001 } from './1795610000001-add-caseload-indexes';
import { AddCaseSearch1795610000002 } from './1795610000002-add-case-search';
import { AddBoardIndexes1795610000003 } from './1795610000003-add-board-indexes';
import { AddReportIndexes1795640000000 } from './1795640000000-add-report-indexes';
import { CreateBoardEntries1795660000000 } from './1795660000000-create-board-entries';
import { AddBoardDayCountCoveringIndex1795660000001 } from './1795660000001-add-board-day-count-covering-index';
import { NarrowBoardAssignmentTrigger1795660000002 } from './1795660000002-narrow-board-assignment-trigger';
import { CreateOrderProtectionFacts1795670000000 } from './1795670000000-create-order-protection-facts';
import { AddTaskAssigneeIndex1795680000000 } from './1795680000000-add-task-assignee-index';
import { AddAssignmentSortKeys1795690000000 } from './1795690000000-add-assignment-sort-keys';
import { AddCaseSearchText1795690000001 } from './1795690000001-add-case-search-text';
import { AddCaseNextDueKey1795690000002 } from './1795690000002-add-case-next-due-key';
import { SerialiseBoardRefreshes1795700000000 } from './1795700000000-serialise-board-refreshes';
import { CarryBoardItemDetails1795710000000 } from './1795710000000-carry-board-item-details';
import { AddCalendarCaseIndexes1795720000000 } from './1795720000000-add-calendar-case-indexes';
import { RefreshDeliveredTaskBoardsAtCommit1795730000000 } from './1795730000000-refresh-delivered-task-boards-at-commit';
import { PlanBoardRefreshOnce1795740000000 } from './1795740000000-plan-board-refresh-once';
import { RefuseAuditTruncate1795750000000 } from './1795750000000-refuse-audit-truncate';
import { CreateCaseNotices1795760000000 } from './1795760000000-create-case-notices';
import { CreateSignInDevices1795770000000 } from './1795770000000-create-sign-in-devices';
import { CourtDirectoryPerOrganisation1795780000000 } from './1795780000000-court-directory-per-organisation';

/** Every migration in order; listed explicitly so no glob or loader decides what runs. */
export const MIGRATIONS = [
  CreateOrganisationsAndUsers1795420000000,
  CreateUserSessions1795420000001,
  CreateCaseFiles1795420000002,
  CreateFollowupsAndTasks1795420000003,
  CreateAuditEvents1795420000004,
  CreateParties1795430000000,
  LinkCasesToParties1795430000001,
  CreatePetitionsAndHearings1795430000002,
  CreateProtectiveOrders1795430000003,
  CreateServiceAttempts1795430000004,
  CreateViolations1795430000005,
  CreateCaseNotes1795430000006,
  CreateCaseDeadlines1795430000007,
  AddTaskCompletion1795430000008,
  CreateCourtClosures1795430000009,
  ChainAuditEvents1795430000010,
  EnableRowLevelSecurity1795430000011,
  AddHearingContinuationUnique1795440000000,
  ConstrainOrderChain1795450000000,
  AddFollowupRuleFields1795460000100,
  AddTaskAssigneeSlot1795460000101,
  CreateFollowupSettings1795460000102,
  AddOrderEndedStage1795480000000,
  AddCaseNextDue1795480000001,
  GrantUserManagement1795480000002,
  SerialiseAuditChain1795490000100,
  AddPriorOrderFinding1795500000000,
  AddPetitionMilitaryOrder1795510000000,
  CreateRespondentMoves1795510000001,
  AllowAddressChangeViolation1795510000002,
  CreateLawChangeReviews1795510000003,
  AddAccountSecurity1795520000000,
  CreateKeyRotationRuns1795530000000,
  CreateRetention1795530000001,
  CreateExports1795540000000,
  AllowServiceActivityExports1795540000001,
  CreateCalendarFeeds1795550000000,
  CreateFundingSources1795560000000,
  CreateServiceActivities1795560000001,
  CreateReportFacts1795560000002,
  CreateCourtDirectory1795570000000,
  AllowOpenCourtService1795580000000,
  CreateClientSafeContact1795600000000,
  CreateDocumentTemplates1795600000001,
  CreateCaseDocuments1795600000002,
  AddCaseIdIndexes1795610000000,
  AddCaseloadIndexes1795610000001,
  AddCaseSearch1795610000002,
  AddBoardIndexes1795610000003,
  AddReportIndexes1795640000000,
  CreateBoardEntries1795660000000,
  AddBoardDayCountCoveringIndex1795660000001,
  NarrowBoardAssignmentTrigger1795660000002,
  CreateOrderProtectionFacts1795670000000,
  AddTaskAssigneeIndex1795680000000,
  AddAssignmentSortKeys1795690000000,
  AddCaseSearchText1795690000001,
  AddCaseNextDueKey1795690000002,
  SerialiseBoardRefreshes1795700000000,
  CarryBoardItemDetails1795710000000,
  AddCalendarCaseIndexes1795720000000,
  RefreshDeliveredTaskBoardsAtCommit1795730000000,
  PlanBoardRefreshOnce1795740000000,
  RefuseAuditTruncate1795750000000,
  CreateCaseNotices1795760000000,
  CreateSignInDevices1795770000000,
  CourtDirectoryPerOrganisation1795780000000,
];
