import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseComputationModule } from '@api/case-computation/case-computation.module';
import { CaseFilesModule } from '@api/case-files/case-files.module';

import { RespondentMoveEntity } from './respondent-move.entity';
import { RespondentMovesController } from './respondent-moves.controller';
import { RespondentMovesRepository } from './respondent-moves.repository';
import { RespondentMovesService } from './respondent-moves.service';

/** The respondent's changes of residence and their notice deadline (R26a). */
@Module({
  imports: [
    TypeOrmModule.forFeature([RespondentMoveEntity]),
    CaseFilesModule,
    CaseComputationModule,
  ],
  controllers: [RespondentMovesController],
  providers: [RespondentMovesRepository, RespondentMovesService],
})
export class RespondentMovesModule {}
