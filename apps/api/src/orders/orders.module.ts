import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@api/audit/audit.module';
import { CaseFilesModule } from '@api/case-files/case-files.module';
import { CaseComputationModule } from '@api/case-computation/case-computation.module';
import { CourtsModule } from '@api/courts/courts.module';

import { ExtensionMotionEntity } from './extension-motion.entity';
import { ExtensionMotionsController } from './extension-motions.controller';
import { ExtensionMotionsService } from './extension-motions.service';
import { OrderCorrectionsController } from './order-corrections.controller';
import { OrderCorrectionsRepository } from './order-corrections.repository';
import { OrderCorrectionsService } from './order-corrections.service';
import { OrderExtensionEntity } from './order-extension.entity';
import { OrderExtensionsService } from './order-extensions.service';
import { OrderViews } from './order-views';
import { OrderWriter } from './order-writer';
import { OrdersController } from './orders.controller';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';
import { PreliminaryOrderReissue } from './preliminary-reissue';
import { ProtectiveOrderEntity } from './protective-order.entity';

/** Protective orders, their chain, short extensions and motions to extend. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProtectiveOrderEntity, OrderExtensionEntity, ExtensionMotionEntity]),
    AuditModule,
    CaseFilesModule,
    CaseComputationModule,
    CourtsModule,
  ],
  controllers: [OrdersController, ExtensionMotionsController, OrderCorrectionsController],
  providers: [
    OrdersRepository,
    OrdersService,
    OrderExtensionsService,
    ExtensionMotionsService,
    OrderViews,
    OrderWriter,
    PreliminaryOrderReissue,
    OrderCorrectionsRepository,
    OrderCorrectionsService,
  ],
  exports: [OrdersRepository, PreliminaryOrderReissue],
})
export class OrdersModule {}
