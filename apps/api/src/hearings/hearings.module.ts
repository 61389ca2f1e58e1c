import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseFilesModule } from '@api/case-files/case-files.module';
import { CaseComputationModule } from '@api/case-computation/case-computation.module';
import { OrdersModule } from '@api/orders/orders.module';

import { HearingEntity } from './hearing.entity';
import { HearingsController } from './hearings.controller';
import { HearingsRepository } from './hearings.repository';
import { HearingsService } from './hearings.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([HearingEntity]),
    CaseFilesModule,
    CaseComputationModule,
    OrdersModule,
  ],
  controllers: [HearingsController],
  providers: [HearingsRepository, HearingsService],
})
export class HearingsModule {}
