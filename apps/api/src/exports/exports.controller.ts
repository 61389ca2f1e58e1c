import { createReadStream } from 'node:fs';

import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import type { ExportListResponse, ExportResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import { RequireStepUp } from '@api/auth/step-up/require-step-up.decorator';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { CreateExportDto, ListExportsQueryDto } from './dto/create-export.dto';
import { ExportListDoc, ExportResponseDoc } from './dto/export.response-doc';
import { ExportsService } from './exports.service';

function asksForConfidential(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { includeConfidential?: unknown }).includeConfidential === true
  );
}

@ApiTags('exports')
@ApiInvalidInput()
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('case:read')
  // Confidential columns are a dangerous act (security-checks B9): a factor proved within the
  // last STEP_UP_MINUTES, or 401 reauth_required before anything is stored or audited.
  @RequireStepUp({ when: (req) => asksForConfidential(req.body) })
  @ApiAcceptedResponse({
    description: 'The export is queued; follow it with GET /exports/:id.',
    type: ExportResponseDoc,
  })
  create(@CurrentUser() actor: Actor, @Body() dto: CreateExportDto): Promise<ExportResponse> {
    return this.exports.create(actor, dto);
  }

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ description: "The caller's own recent exports.", type: ExportListDoc })
  list(
    @CurrentUser() actor: Actor,
    @Query() query: ListExportsQueryDto,
  ): Promise<ExportListResponse> {
    return this.exports.list(actor, query.limit ?? 20);
  }

  @Get(':exportId')
  @RequirePermission('case:read')
  @ApiNotFoundInOrganisation()
  @ApiOkResponse({
    description: 'Status and progress of one of your exports.',
    type: ExportResponseDoc,
  })
  get(
    @CurrentUser() actor: Actor,
    @Param('exportId', ParseUuidPipe) exportId: string,
  ): Promise<ExportResponse> {
    return this.exports.get(actor, exportId);
  }

  /** Only the user who asked, in a live session; never cached, always saved rather than shown (E3). */
  @Get(':exportId/file')
  @RequirePermission('case:read')
  @ApiNotFoundInOrganisation()
  @ApiProduces('text/csv', 'application/pdf', 'application/octet-stream')
  @ApiOkResponse({
    description: 'The finished file, as an attachment.',
    content: Object.fromEntries(
      ['text/csv', 'application/pdf', 'application/octet-stream'].map((type) => [
        type,
        { schema: { type: 'string', format: 'binary' } },
      ]),
    ),
  })
  async download(
    @CurrentUser() actor: Actor,
    @Param('exportId', ParseUuidPipe) exportId: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.exports.download(actor, exportId);
    res.status(200);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.downloadName}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await new Promise<void>((resolve, reject) => {
      const stream = createReadStream(file.path);
      stream.on('error', reject);
      res.on('finish', resolve);
      res.on('close', resolve);
      stream.pipe(res);
    });
  }
}
