import type { AdvocateRef } from './cases';
import type { LetterChannel, MailInstruction } from './safe-contact';

/** The language of a client letter. */
export type LetterLanguage = 'en' | 'es';

/** Every letter language. */
export const LETTER_LANGUAGES: readonly LetterLanguage[] = ['en', 'es'];

/** Which client letter. */
export type ClientLetterKind =
  /** "Your hearing is on …" (the next scheduled hearing, or `hearingId`). */
  | 'hearing'
  /** "Your order expires on … and this is what we will do" (a final order in effect). */
  | 'order_expiry'
  /** "Your order was extended until …" (an order made on a motion to extend). */
  | 'order_extended';

/** Every client letter kind. */
export const CLIENT_LETTER_KINDS: readonly ClientLetterKind[] = [
  'hearing',
  'order_expiry',
  'order_extended',
];

/** The file format of a generated document; PDF only for client letters. */
export type DocumentFormat = 'docx' | 'pdf';

/** What a generated document is. */
export type DocumentKind = 'extension_motion' | 'medical_notice' | 'client_letter';

/**
 * A template an organisation may replace: one per document, one per letter and language, e.g.
 * 'extension_motion', 'medical_notice', 'letter_hearing_en', 'letter_order_expiry_es'.
 */
export type TemplateKey =
  'extension_motion' | 'medical_notice' | `letter_${ClientLetterKind}_${LetterLanguage}`;

/** Every template key. */
export const TEMPLATE_KEYS: readonly TemplateKey[] = [
  'extension_motion',
  'medical_notice',
  'letter_hearing_en',
  'letter_hearing_es',
  'letter_order_expiry_en',
  'letter_order_expiry_es',
  'letter_order_extended_en',
  'letter_order_extended_es',
];

/**
 * POST /api/cases/:caseId/documents/extension-motion body. Answers the DOCX file itself
 * (see "Generated files" in tmp/docs19-api.md for the headers).
 */
export interface ExtensionMotionRequest {
  /** The final order to extend; default: the case's final order in effect with the latest expiry. */
  orderId?: string;
  /** The grounds, as the advocate writes them (up to 4000 characters); default a blank to fill in. */
  grounds?: string;
  /** Keep a sealed copy on the case (listed under GET documents). Default false. */
  fileOnCase?: boolean;
}

/** POST /api/cases/:caseId/documents/medical-notice body. Answers the DOCX file. */
export interface MedicalNoticeRequest {
  /** The hearing; default the earliest hearing with an open notice deadline (R13). */
  hearingId?: string;
  fileOnCase?: boolean;
}

/** POST /api/cases/:caseId/documents/client-letter body. Answers the DOCX or PDF file. */
export interface ClientLetterRequest {
  letter: ClientLetterKind;
  language: LetterLanguage;
  format: DocumentFormat;
  /** How the letter will reach the client; checked against the safe-contact instructions. */
  channel: LetterChannel;
  /** For 'hearing': which hearing (default the next scheduled one). */
  hearingId?: string;
  /** For 'order_expiry' / 'order_extended': which order (default as the options say). */
  orderId?: string;
  /**
   * Put the mailing address (home or safe address, per channel) in the address block. Sealed
   * values: needs `revealReason`, a fresh second factor, and leaves a reveal audit row. Without it
   * the address block holds the client's name and a line to write the address by hand.
   */
  includeAddress?: boolean;
  /** Why the address is needed (5–500 characters); required when includeAddress is true. */
  revealReason?: string;
  /**
   * Name the respondent in the letter. Default false: the name is then nowhere in the letter. When
   * true it appears only after the first page's break, never in the address block.
   */
  nameRespondent?: boolean;
  fileOnCase?: boolean;
}

/** One order a motion to extend or an expiry / extended letter can be about. */
export interface DocumentOrderOption {
  orderId: string;
  kind: string;
  issuedOn: string;
  /** Effective expiry date by the rules library; null when not known. */
  expiresOn: string | null;
  /** R11 file-by date (last court day on or before expiry); null when not applicable. */
  fileBy: string | null;
  /** The order was made on a motion to extend. */
  isExtension: boolean;
  /** The motion-to-extend draft can be made for this order (a final FA order in effect). */
  motionAvailable: boolean;
}

/** One hearing a hearing letter or medical notice can be about. */
export interface DocumentHearingOption {
  hearingId: string;
  kind: string;
  scheduledOn: string;
  scheduledTime: string | null;
  /** R13 notice-by date when the medical-records notice applies; else null. */
  medicalNoticeBy: string | null;
}

/** GET /api/cases/:caseId/documents/options: what can be generated now, and the defaults. */
export interface DocumentOptionsResponse {
  orders: DocumentOrderOption[];
  hearings: DocumentHearingOption[];
  /** Default order for the motion (null: no motion can be drafted). */
  defaultMotionOrderId: string | null;
  medicalNoticeAvailable: boolean;
  letters: Array<{ letter: ClientLetterKind; available: boolean; reason: string | null }>;
  /** From the client's safe-contact instructions; null when none recorded. */
  mail: MailInstruction | null;
  allowedChannels: LetterChannel[];
}

/** A generated document kept (sealed) on the case because the advocate filed it. */
export interface FiledDocumentResponse {
  id: string;
  kind: DocumentKind;
  templateKey: TemplateKey;
  templateVersion: number;
  language: LetterLanguage | null;
  format: DocumentFormat;
  fileName: string;
  includesConfidential: boolean;
  createdBy: AdvocateRef | null;
  createdAt: string;
}

/** GET /api/cases/:caseId/documents: filed documents, newest first. */
export interface FiledDocumentListResponse {
  items: FiledDocumentResponse[];
}

/**
 * 422 body when the safe-contact instructions forbid the letter's channel. Nothing is generated
 * or stored; the refusal is audited.
 */
export interface LetterRefusedResponse {
  error: 'LETTER_CHANNEL_FORBIDDEN';
  message: string;
  /** The reason in words, e.g. 'The client asked for no mail at home.' */
  reason: string;
  channel: LetterChannel;
  allowedChannels: LetterChannel[];
}

/** One version of a template; version 0 is the one that ships with Haven. */
export interface TemplateVersionResponse {
  version: number;
  /** 'builtin' for version 0, else 'organisation'. */
  source: 'builtin' | 'organisation';
  fileName: string;
  uploadedBy: AdvocateRef | null;
  uploadedAt: string | null;
  sha256: string;
}

/** One template with the placeholders it may and must use, the version in use and the history. */
export interface TemplateResponse {
  key: TemplateKey;
  title: string;
  /** Placeholders the template must contain, e.g. ['orderExpiresOn', 'citation']. */
  requiredPlaceholders: string[];
  /** Placeholders the template may contain (required ones included). */
  allowedPlaceholders: string[];
  current: TemplateVersionResponse;
  /** Every version, newest first, the built-in one last. */
  versions: TemplateVersionResponse[];
}

/** GET /api/document-templates. */
export interface TemplateListResponse {
  items: TemplateResponse[];
}
