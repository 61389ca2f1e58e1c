import { AuditEventEntity } from '@api/audit/audit-event.entity';
import { SessionEntity } from '@api/auth/session.entity';
import { CaseAssignmentEntity } from '@api/case-files/case-assignment.entity';
import { CaseEntity } from '@api/case-files/case.entity';
import { CourtClosureEntity } from '@api/court-closures/court-closure.entity';
import { CaseDeadlineEntity } from '@api/case-computation/case-deadline.entity';
import { CaseNoticeEntity } from '@api/case-computation/case-notice.entity';
import { OrderProtectionFactsEntity } from '@api/case-computation/order-protection-facts.entity';
import { FollowupEntity } from '@api/followups/followup.entity';
import { HearingEntity } from '@api/hearings/hearing.entity';
import { CaseNoteEntity } from '@api/notes/case-note.entity';
import { ExtensionMotionEntity } from '@api/orders/extension-motion.entity';
import { OrderExtensionEntity } from '@api/orders/order-extension.entity';
import { ProtectiveOrderEntity } from '@api/orders/protective-order.entity';
import { ClientEntity } from '@api/parties/client.entity';
import { RespondentEntity } from '@api/parties/respondent.entity';
import { PetitionEntity } from '@api/petitions/petition.entity';
import { ServiceAttemptEntity } from '@api/service-attempts/service-attempt.entity';
import { FollowupSettingsEntity } from '@api/case-computation/followup-settings.entity';
import { TaskEntity } from '@api/followups/task.entity';
import { OrganisationEntity } from '@api/users/organisation.entity';
import { UserEntity } from '@api/users/user.entity';
import { ViolationEntity } from '@api/violations/violation.entity';
import { RespondentMoveEntity } from '@api/respondent-moves/respondent-move.entity';
import { LawChangeReviewEntity } from '@api/law-changes/law-change-review.entity';
import { RulesDeploymentEntity } from '@api/law-changes/rules-deployment.entity';

import { FundingSourceEntity } from '@api/funding/funding-source.entity';
import { CaseFundingEntity } from '@api/funding/case-funding.entity';
import { ServiceActivityEntity } from '@api/activities/service-activity.entity';
import { ServiceActivityFundingEntity } from '@api/activities/service-activity-funding.entity';
import { ClientDemographicsEntity } from '@api/report-facts/client-demographics.entity';
import { CaseReportFactsEntity } from '@api/report-facts/case-report-facts.entity';
import { IntakeDeclineEntity } from '@api/report-facts/intake-decline.entity';
import { ReportSettingsEntity } from '@api/reports/report-settings.entity';
import { ClientSafeContactEntity } from '@api/safe-contact/client-safe-contact.entity';
import { CaseDocumentEntity } from '@api/documents/case-document.entity';
import { DocumentTemplateEntity } from '@api/documents/document-template.entity';
import { BoardDayCountEntity, BoardEntryEntity } from '@api/board/board-entry.entity';

/** Every entity, listed once, so the app, the worker, the CLI and the tests see the same schema. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  ClientEntity,
  RespondentEntity,
  CaseEntity,
  CaseAssignmentEntity,
  PetitionEntity,
  HearingEntity,
  ProtectiveOrderEntity,
  OrderExtensionEntity,
  ExtensionMotionEntity,
  ServiceAttemptEntity,
  ViolationEntity,
  RespondentMoveEntity,
  RulesDeploymentEntity,
  LawChangeReviewEntity,
  CaseNoteEntity,
  CaseDeadlineEntity,
  CaseNoticeEntity,
  OrderProtectionFactsEntity,
  FollowupEntity,
  FollowupSettingsEntity,
  TaskEntity,
  CourtClosureEntity,
  AuditEventEntity,
  FundingSourceEntity,
  CaseFundingEntity,
  ServiceActivityEntity,
  ServiceActivityFundingEntity,
  ClientDemographicsEntity,
  CaseReportFactsEntity,
  IntakeDeclineEntity,
  ReportSettingsEntity,
  ClientSafeContactEntity,
  DocumentTemplateEntity,
  CaseDocumentEntity,
  BoardEntryEntity,
  BoardDayCountEntity,
];
