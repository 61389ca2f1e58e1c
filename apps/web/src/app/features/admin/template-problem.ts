import { refusalOf, validationFieldsOf } from '../../shared/forms/server-errors';

/**
 * What a refused template upload says, in sentences: the API names the `file` with the problem
 * ("uses unknown placeholder {foo}"), so each message follows "The file".
 */
export function templateUploadProblem(err: unknown): string | null {
  // A validation answer, or a domain refusal (the template's check) naming `file` the same way.
  const refusal = refusalOf(err);
  const fields = validationFieldsOf(err) ?? refusal?.fields ?? [];
  if (fields.length > 0) {
    return fields
      .map((f) =>
        sentence(f.field === 'file' ? `The file ${f.message}` : `${f.field} ${f.message}`),
      )
      .join(' ');
  }
  if (!refusal || refusal.status === 401) {
    return null;
  }
  if (refusal.status === 403) {
    return 'Your role cannot change the templates.';
  }
  return refusal.message ?? 'The template could not be uploaded.';
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
