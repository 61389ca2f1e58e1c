import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { NoteBodyResponse, NoteListResponse, NoteSummaryResponse } from '@haven/contracts';

import { RequireStepUp } from '@api/auth/step-up/require-step-up.decorator';
import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { CreateNoteDto } from './dto/create-note.dto';
import { RevealNoteDto } from './dto/reveal-note.dto';
import { NotesService } from './notes.service';
import {
  NoteBodyResponseDoc,
  NoteListResponseDoc,
  NoteSummaryResponseDoc,
} from './dto/note.response-doc';

@ApiTags('notes')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Post()
  @RequirePermission('case:write')
  @ApiCreatedResponse({ type: NoteSummaryResponseDoc })
  create(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: CreateNoteDto,
  ): Promise<NoteSummaryResponse> {
    return this.notes.create(actor, caseId, dto);
  }

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: NoteListResponseDoc })
  list(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<NoteListResponse> {
    return this.notes.list(actor, caseId);
  }

  // A note's body is confidential (security-checks A6, D1): reading it is a reveal, with the
  // reader's reason in the audit row.
  @Post(':noteId/reveal')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('case:reveal_confidential')
  @RequireStepUp()
  @ApiOperation({ summary: "Reveal a note's body (audited with the reason)." })
  @ApiOkResponse({ type: NoteBodyResponseDoc })
  reveal(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('noteId', ParseUuidPipe) noteId: string,
    @Body() dto: RevealNoteDto,
  ): Promise<NoteBodyResponse> {
    return this.notes.reveal(actor, caseId, noteId, dto.reason);
  }
}
