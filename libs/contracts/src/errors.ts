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
