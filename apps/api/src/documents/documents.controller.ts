import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';

import type { DocumentOptionsResponse, FiledDocumentListResponse } from '@haven/contracts';

import { RequireStepUp } from '@api/auth/step-up/require-step-up.decorator';
import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
  ApiStateConflict,
  ErrorResponseDoc,
} from '@api/common/decorators/api-error-responses.decorator';

import { ClientLettersService } from './client-letters.service';
import { DOCX_TYPE, PDF_TYPE } from './document-maker';
import { DocumentsService } from './documents.service';
import {
  DocumentOptionsDoc,
  FiledDocumentListDoc,
  LetterRefusedDoc,
} from './dto/document.response-doc';
import { ClientLetterDto, ExtensionMotionDto, MedicalNoticeDto } from './dto/generate-document.dto';
import { FiledDocumentsService } from './filed-documents.service';
import { sendFile } from './send-file';

const FILE = (types: string[]) => ({
  description: 'The generated file, as an attachment (X-Template-Key, X-Template-Version).',
  content: Object.fromEntries(
    types.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
  ),
});

function asksForAddress(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { includeAddress?: unknown }).includeAddress === true
  );
}

@ApiTags('documents')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly letters: ClientLettersService,
    private readonly filed: FiledDocumentsService,
  ) {}

  @Get('options')
  @RequirePermission('case:read')
  @ApiOperation({ summary: 'What can be drafted for the case now, with the computed dates.' })
  @ApiOkResponse({ type: DocumentOptionsDoc })
  options(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<DocumentOptionsResponse> {
    return this.documents.options(actor, caseId);
  }

  @Post('extension-motion')
  @HttpCode(200)
  @RequirePermission('case:write')
  @ApiStateConflict('DOCUMENT_NOT_APPLICABLE: the case has nothing this document is about.')
  @ApiOperation({ summary: 'Draft the motion to extend a final order (DOCX, audited).' })
  @ApiProduces(DOCX_TYPE)
  @ApiOkResponse(FILE([DOCX_TYPE]))
  async extensionMotion(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: ExtensionMotionDto,
    @Res() res: Response,
  ): Promise<void> {
    sendFile(res, await this.documents.extensionMotion(actor, caseId, dto));
  }

  @Post('medical-notice')
  @HttpCode(200)
  @RequirePermission('case:write')
  @ApiStateConflict('DOCUMENT_NOT_APPLICABLE: the case has nothing this document is about.')
  @ApiOperation({ summary: 'Draft the notice of intent to present medical records (DOCX).' })
  @ApiProduces(DOCX_TYPE)
  @ApiOkResponse(FILE([DOCX_TYPE]))
  async medicalNotice(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: MedicalNoticeDto,
    @Res() res: Response,
  ): Promise<void> {
    sendFile(res, await this.documents.medicalNotice(actor, caseId, dto));
  }

  // Putting a sealed address in a letter is a reveal (security-checks B9): a fresh second factor.
  @Post('client-letter')
  @HttpCode(200)
  @RequirePermission('case:write')
  @RequireStepUp({ when: (req) => asksForAddress(req.body) })
  @ApiOperation({
    summary: "A client letter (DOCX or PDF), checked against the client's safe-contact rules.",
  })
  @ApiProduces(DOCX_TYPE, PDF_TYPE)
  @ApiOkResponse(FILE([DOCX_TYPE, PDF_TYPE]))
  @ApiExtraModels(LetterRefusedDoc, ErrorResponseDoc)
  @ApiConflictResponse({
    description:
      'LETTER_CHANNEL_FORBIDDEN (the safe-contact instructions forbid the channel: the reason ' +
      'and the allowed channels), DOCUMENT_NOT_APPLICABLE, or ADDRESS_NOT_RECORDED.',
    schema: {
      oneOf: [{ $ref: getSchemaPath(LetterRefusedDoc) }, { $ref: getSchemaPath(ErrorResponseDoc) }],
    },
  })
  async clientLetter(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: ClientLetterDto,
    @Res() res: Response,
  ): Promise<void> {
    sendFile(res, await this.letters.generate(actor, caseId, dto));
  }

  @Get()
  @RequirePermission('case:read')
  @ApiOperation({ summary: 'Documents filed on the case (never their content).' })
  @ApiOkResponse({ type: FiledDocumentListDoc })
  list(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<FiledDocumentListResponse> {
    return this.filed.list(actor, caseId);
  }

  // A filed document is sealed case data: opening it is a reveal, audited.
  @Get(':documentId/file')
  @RequirePermission('case:reveal_confidential')
  @RequireStepUp()
  @ApiOperation({ summary: 'Download a filed document (audited, like a reveal).' })
  @ApiProduces(DOCX_TYPE, PDF_TYPE)
  @ApiOkResponse(FILE([DOCX_TYPE, PDF_TYPE]))
  async file(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('documentId', ParseUuidPipe) documentId: string,
    @Res() res: Response,
  ): Promise<void> {
    sendFile(res, await this.filed.file(actor, caseId, documentId));
  }
}
