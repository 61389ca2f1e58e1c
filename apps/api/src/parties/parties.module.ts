import { Module } from '@nestjs/common';

import { PartiesRepository } from './parties.repository';
import { PartyRecordsService } from './party-records.service';

@Module({
  providers: [PartiesRepository, PartyRecordsService],
  exports: [PartiesRepository, PartyRecordsService],
})
export class PartiesModule {}
