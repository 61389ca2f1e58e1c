import type { CaseEntity } from '@api/cases/case.entity';
import type { CourtClosureEntity } from '@api/court-closures/court-closure.entity';
import type { HearingEntity } from '@api/hearings/hearing.entity';
import type { ExtensionMotionEntity } from '@api/orders/extension-motion.entity';
import type { OrderExtensionEntity } from '@api/orders/order-extension.entity';
import type { ProtectiveOrderEntity } from '@api/orders/protective-order.entity';
import type { RespondentEntity } from '@api/parties/respondent.entity';
import type { PetitionEntity } from '@api/petitions/petition.entity';
import type { ServiceAttemptEntity } from '@api/service-attempts/service-attempt.entity';
import type { ViolationEntity } from '@api/violations/violation.entity';

/** Every stored fact of one case that the rules library reads, as loaded in one transaction. */
export interface CaseRecord {
  caseRow: CaseEntity;
  respondent: Pick<RespondentEntity, 'knownFirearms' | 'priorConvictions'>;
  petitions: PetitionEntity[];
  orders: ProtectiveOrderEntity[];
  orderExtensions: OrderExtensionEntity[];
  extensionMotions: ExtensionMotionEntity[];
  serviceAttempts: ServiceAttemptEntity[];
  hearings: HearingEntity[];
  violations: ViolationEntity[];
  closures: CourtClosureEntity[];
}
