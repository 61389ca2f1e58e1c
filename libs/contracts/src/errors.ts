/** One wrong field of a refused request; nested fields use dotted paths. */
export interface FieldError {
  field: string;
  message: string;
}

/** The 400 body for a request that failed validation. */
export interface ValidationErrorResponse {
  error: 'validation_failed';
  fields: FieldError[];
}

/** Any other error body; `requestId` ties it to the server log. */
export interface ErrorResponse {
  error: string;
  message?: string;
  requestId?: string;
}

/** The 413 body: the request body is larger than the limit, which it states in bytes. */
export interface PayloadTooLargeResponse extends ErrorResponse {
  error: 'payload_too_large';
  message: string;
  limitBytes: number;
  fields: FieldError[];
}
