import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

import {
  CLIENT_LETTER_KINDS,
  LETTER_CHANNELS,
  LETTER_LANGUAGES,
  MAIL_INSTRUCTIONS,
  TEMPLATE_KEYS,
  type ClientLetterKind,
  type DocumentFormat,
  type DocumentHearingOption,
  type DocumentKind,
  type DocumentOptionsResponse,
  type DocumentOrderOption,
  type FiledDocumentListResponse,
  type FiledDocumentResponse,
  type LetterRefusedResponse,
  type LetterChannel,
  type LetterLanguage,
  type MailInstruction,
  type TemplateKey,
  type TemplateListResponse,
  type TemplateResponse,
  type TemplateVersionResponse,
} from '@haven/contracts';

import { AdvocateRefDoc } from '@api/cases/dto/case.response-doc';
import { CIVIL_DATE_SCHEMA, INSTANT_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';

const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'extension_motion',
  'medical_notice',
  'client_letter',
];
const FORMATS: readonly DocumentFormat[] = ['docx', 'pdf'];

@ApiSchema({ name: 'DocumentOrderOption', description: 'An order a document can be about.' })
export class DocumentOrderOptionDoc implements DocumentOrderOption {
  @ApiProperty(UUID_SCHEMA) orderId!: string;
  @ApiProperty() kind!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) issuedOn!: string;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true, description: 'By the rules library.' })
  expiresOn!: string | null;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true, description: 'R11 / R25 file-by date.' })
  fileBy!: string | null;
  @ApiProperty() isExtension!: boolean;
  @ApiProperty() motionAvailable!: boolean;
}

@ApiSchema({ name: 'DocumentHearingOption', description: 'A hearing a document can be about.' })
export class DocumentHearingOptionDoc implements DocumentHearingOption {
  @ApiProperty(UUID_SCHEMA) hearingId!: string;
  @ApiProperty() kind!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) scheduledOn!: string;
  @ApiProperty({ type: String, nullable: true, example: '09:30:00' }) scheduledTime!: string | null;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true, description: 'R13 notice-by date.' })
  medicalNoticeBy!: string | null;
}

@ApiSchema({ name: 'DocumentLetterOption', description: 'Whether a client letter can be made.' })
export class DocumentLetterOptionDoc {
  @ApiProperty({ enum: CLIENT_LETTER_KINDS, enumName: 'ClientLetterKind' })
  letter!: ClientLetterKind;
  @ApiProperty() available!: boolean;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

@ApiSchema({
  name: 'DocumentOptionsResponse',
  description: 'What can be drafted for the case now, with the dates the rules library computed.',
})
export class DocumentOptionsDoc implements DocumentOptionsResponse {
  @ApiProperty({ type: [DocumentOrderOptionDoc] }) orders!: DocumentOrderOptionDoc[];
  @ApiProperty({ type: [DocumentHearingOptionDoc] }) hearings!: DocumentHearingOptionDoc[];
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) defaultMotionOrderId!: string | null;
  @ApiProperty() medicalNoticeAvailable!: boolean;
  @ApiProperty({ type: [DocumentLetterOptionDoc] }) letters!: DocumentLetterOptionDoc[];
  @ApiProperty({ enum: MAIL_INSTRUCTIONS, enumName: 'MailInstruction', nullable: true })
  mail!: MailInstruction | null;
  @ApiProperty({ enum: LETTER_CHANNELS, enumName: 'LetterChannel', isArray: true })
  allowedChannels!: LetterChannel[];
}

@ApiSchema({ name: 'FiledDocumentResponse', description: 'A document filed on the case.' })
export class FiledDocumentDoc implements FiledDocumentResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty({ enum: DOCUMENT_KINDS, enumName: 'DocumentKind' }) kind!: DocumentKind;
  @ApiProperty({ enum: TEMPLATE_KEYS, enumName: 'TemplateKey' }) templateKey!: TemplateKey;
  @ApiProperty({ description: '0 is the template that ships with Haven.' })
  templateVersion!: number;
  @ApiProperty({ enum: LETTER_LANGUAGES, enumName: 'LetterLanguage', nullable: true })
  language!: LetterLanguage | null;
  @ApiProperty({ enum: FORMATS, enumName: 'DocumentFormat' }) format!: DocumentFormat;
  @ApiProperty() fileName!: string;
  @ApiProperty() includesConfidential!: boolean;
  @ApiProperty({ type: AdvocateRefDoc, nullable: true }) createdBy!: AdvocateRefDoc | null;
  @ApiProperty(INSTANT_SCHEMA) createdAt!: string;
}

@ApiSchema({ name: 'FiledDocumentListResponse', description: 'Filed documents, newest first.' })
export class FiledDocumentListDoc implements FiledDocumentListResponse {
  @ApiProperty({ type: [FiledDocumentDoc] }) items!: FiledDocumentDoc[];
}

@ApiSchema({ name: 'TemplateVersionResponse', description: 'One version of a template.' })
export class TemplateVersionDoc implements TemplateVersionResponse {
  @ApiProperty({ description: '0 is the template that ships with Haven.' }) version!: number;
  @ApiProperty({ enum: ['builtin', 'organisation'] }) source!: 'builtin' | 'organisation';
  @ApiProperty() fileName!: string;
  @ApiProperty({ type: AdvocateRefDoc, nullable: true }) uploadedBy!: AdvocateRefDoc | null;
  @ApiProperty({ ...INSTANT_SCHEMA, nullable: true }) uploadedAt!: string | null;
  @ApiProperty() sha256!: string;
}

@ApiSchema({ name: 'TemplateResponse', description: 'A template, its placeholders and versions.' })
export class TemplateResponseDoc implements TemplateResponse {
  @ApiProperty({ enum: TEMPLATE_KEYS, enumName: 'TemplateKey' }) key!: TemplateKey;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String] }) requiredPlaceholders!: string[];
  @ApiProperty({ type: [String] }) allowedPlaceholders!: string[];
  @ApiProperty({ type: TemplateVersionDoc }) current!: TemplateVersionDoc;
  @ApiProperty({ type: [TemplateVersionDoc] }) versions!: TemplateVersionDoc[];
}

@ApiSchema({ name: 'TemplateListResponse', description: "The organisation's templates." })
export class TemplateListDoc implements TemplateListResponse {
  @ApiProperty({ type: [TemplateResponseDoc] }) items!: TemplateResponseDoc[];
}

@ApiSchema({
  name: 'LetterRefusedResponse',
  description:
    "409: the client's safe-contact instructions forbid the letter's channel. Nothing was made " +
    'or kept; the refusal is audited.',
})
export class LetterRefusedDoc implements LetterRefusedResponse {
  @ApiProperty({ enum: ['LETTER_CHANNEL_FORBIDDEN'] }) error!: 'LETTER_CHANNEL_FORBIDDEN';
  @ApiProperty() message!: string;
  @ApiProperty({ example: 'The client asked for no mail at home.' }) reason!: string;
  @ApiProperty({ enum: LETTER_CHANNELS, enumName: 'LetterChannel' }) channel!: LetterChannel;
  @ApiProperty({ enum: LETTER_CHANNELS, enumName: 'LetterChannel', isArray: true })
  allowedChannels!: LetterChannel[];
  @ApiPropertyOptional({ description: 'Ties the answer to the server log.' }) requestId?: string;
}
