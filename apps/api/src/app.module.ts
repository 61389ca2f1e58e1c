import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';

import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { ClockModule } from './clock.module';
import { ConfidentialModule } from './confidential/confidential.module';
import { CryptoModule } from './crypto/crypto.module';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DatabaseReadinessModule } from './database/database-readiness.module';
import { HealthModule } from './health/health.module';
import { bullRoot } from './jobs/bull-root';
import { QueueStatusModule } from '@api/followups/queue-status/queue-status.module';
import { HearingsModule } from './hearings/hearings.module';
import { PetitionsModule } from './petitions/petitions.module';
import { ServiceAttemptsModule } from './service-attempts/service-attempts.module';
import { OrdersModule } from './orders/orders.module';
import { ViolationsModule } from './violations/violations.module';
import { RespondentMovesModule } from './respondent-moves/respondent-moves.module';
import { LawChangesModule } from './law-changes/law-changes.module';
import { BoardModule } from './board/board.module';
import { CourtClosuresModule } from './court-closures/court-closures.module';
import { CourtsModule } from './courts/courts.module';
import { UserAdminModule } from './user-admin/user-admin.module';
import { CalendarModule } from './calendar/calendar.module';
import { CalendarFeedsModule } from './calendar-feeds/calendar-feeds.module';
import { ExportsModule } from './exports/exports.module';
import { SettingsModule } from './settings/settings.module';
import { RetentionModule } from './retention/retention.module';
import { AuditLogModule } from './audit-log/audit-log.module';
import { NotesModule } from './notes/notes.module';
import { TasksModule } from './tasks/tasks.module';
import { TimelineModule } from './timeline/timeline.module';
import { FundingModule } from './funding/funding.module';
import { ActivitiesModule } from './activities/activities.module';
import { ReportFactsModule } from './report-facts/report-facts.module';
import { ReportsModule } from './reports/reports.module';
import { DocumentsModule } from './documents/documents.module';
import { SafeContactModule } from './safe-contact/safe-contact.module';

/** The HTTP API. The worker (worker.module.ts) shares its feature modules but serves no HTTP. */
@Module({
  imports: [
    ConfigModule,
    ClockModule,
    CryptoModule,
    DatabaseModule.forRole('app'),
    // Until PostgreSQL answers, configureHttpApp's gate refuses every route but health with 503.
    DatabaseReadinessModule,
    bullRoot('producer'),
    QueueStatusModule,
    AuthModule,
    CasesModule,
    ConfidentialModule,
    HealthModule,
    PetitionsModule,
    HearingsModule,
    ServiceAttemptsModule,
    OrdersModule,
    ViolationsModule,
    RespondentMovesModule,
    LawChangesModule,
    BoardModule,
    TimelineModule,
    TasksModule,
    NotesModule,
    CourtClosuresModule,
    CourtsModule,
    CalendarModule,
    CalendarFeedsModule,
    ExportsModule,
    UserAdminModule,
    SettingsModule,
    RetentionModule,
    AuditLogModule,
    FundingModule,
    ActivitiesModule,
    ReportFactsModule,
    ReportsModule,
    SafeContactModule,
    DocumentsModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
})
export class AppModule {}
