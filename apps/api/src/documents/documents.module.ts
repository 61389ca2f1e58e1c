import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { CaseComputationModule } from '@api/case-computation/case-computation.module';
import { CaseFilesModule } from '@api/case-files/case-files.module';
import { PartiesModule } from '@api/parties/parties.module';
import { SafeContactModule } from '@api/safe-contact/safe-contact.module';

import { CaseDocumentsRepository } from './case-documents.repository';
import { ClientLettersService } from './client-letters.service';
import { DocumentContextRepository } from './document-context.repository';
import { DocumentMaker } from './document-maker';
import { DocumentSourceReader } from './document-source.reader';
import { DocumentTemplatesController } from './document-templates.controller';
import { DocumentTemplatesRepository } from './document-templates.repository';
import { DocumentTemplatesService } from './document-templates.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { FiledDocumentsService } from './filed-documents.service';
import { LetterAddressing } from './letter-addressing';

/** Issue 19: documents drafted from a case, client letters, and the organisation's templates. */
@Module({
  imports: [AuditModule, CaseFilesModule, CaseComputationModule, PartiesModule, SafeContactModule],
  controllers: [DocumentsController, DocumentTemplatesController],
  providers: [
    CaseDocumentsRepository,
    ClientLettersService,
    DocumentContextRepository,
    DocumentMaker,
    DocumentSourceReader,
    DocumentTemplatesRepository,
    DocumentTemplatesService,
    DocumentsService,
    FiledDocumentsService,
    LetterAddressing,
  ],
})
export class DocumentsModule {}
