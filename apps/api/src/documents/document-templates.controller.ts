import { Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';

import type { TemplateKey, TemplateListResponse, TemplateResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ApiInvalidInput } from '@api/common/decorators/api-error-responses.decorator';

import { DOCX_TYPE } from './document-maker';
import {
  DocumentTemplatesService,
  TEMPLATE_MAX_BYTES,
  type UploadedTemplate,
} from './document-templates.service';
import { TemplateListDoc, TemplateResponseDoc } from './dto/document.response-doc';
import { ParseTemplateKeyPipe } from './parse-template-key.pipe';
import { sendFile } from './send-file';

@ApiTags('documents')
@ApiInvalidInput()
@Controller('document-templates')
export class DocumentTemplatesController {
  constructor(private readonly templates: DocumentTemplatesService) {}

  @Get()
  @RequirePermission('settings:manage')
  @ApiOperation({ summary: "The organisation's templates: placeholders, version in use, history." })
  @ApiOkResponse({ type: TemplateListDoc })
  list(@CurrentUser() actor: Actor): Promise<TemplateListResponse> {
    return this.templates.list(actor);
  }

  @Get(':key/file')
  @RequirePermission('settings:manage')
  @ApiOperation({ summary: 'The template file in use, to edit.' })
  @ApiProduces(DOCX_TYPE)
  @ApiOkResponse({
    description: 'The DOCX in use.',
    content: { [DOCX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  async file(
    @CurrentUser() actor: Actor,
    @Param('key', ParseTemplateKeyPipe) key: TemplateKey,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.templates.currentFile(actor, key);
    sendFile(res, {
      fileName: file.fileName,
      contentType: DOCX_TYPE,
      content: file.content,
      templateVersion: file.version,
    });
  }

  // Refused with 400 naming the problem (not a DOCX, unknown or missing placeholder); the version
  // in use stays until an upload is accepted.
  @Post(':key')
  @RequirePermission('settings:manage')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: TEMPLATE_MAX_BYTES, files: 1 } }))
  @ApiOperation({ summary: "Upload the organisation's own version of a template." })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'A .docx, at most 2 MB.' },
      },
    },
  })
  @ApiCreatedResponse({ type: TemplateResponseDoc })
  upload(
    @CurrentUser() actor: Actor,
    @Param('key', ParseTemplateKeyPipe) key: TemplateKey,
    @UploadedFile() file: UploadedTemplate | undefined,
  ): Promise<TemplateResponse> {
    return this.templates.upload(actor, key, file);
  }
}
