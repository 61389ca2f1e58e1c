import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseComputationModule } from '@api/case-computation/case-computation.module';
import { CaseFilesModule } from '@api/case-files/case-files.module';
import { OrdersModule } from '@api/orders/orders.module';

import { ViolationEntity } from './violation.entity';
import { ViolationsController } from './violations.controller';
import { ViolationsRepository } from './violations.repository';
import { ViolationsService } from './violations.service';

/** Violations of orders, classified by the rules library (R18–R21). */
@Module({
  imports: [
    TypeOrmModule.forFeature([ViolationEntity]),
    CaseFilesModule,
    OrdersModule,
    CaseComputationModule,
  ],
  controllers: [ViolationsController],
  providers: [ViolationsRepository, ViolationsService],
})
export class ViolationsModule {}
