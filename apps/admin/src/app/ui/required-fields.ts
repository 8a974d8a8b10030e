import type { ApiProblem } from '../api/api-problem';

/** One field a form needs before it sends anything: its name in the API, what a person typed, its label. */
export interface RequiredField {
  field: string;
  value: string;
  label: string;
  /** The element to put the cursor in when it is missing. */
  inputId?: string;
}

/**
 * A form's own check, made when it is submitted — never by disabling its button, which would swallow an Enter
 * pressed before the page has re-rendered. Answers the missing fields as a problem the page shows, and puts the
 * cursor in the first of them.
 */
export function checkRequired(required: readonly RequiredField[]): ApiProblem | undefined {
  const missing = required.filter((r) => !r.value.trim());
  if (missing.length === 0) return undefined;
  const fields = Object.fromEntries(missing.map((r) => [r.field, `Type ${r.label.toLowerCase()}.`]));
  const first = missing[0];
  if (first?.inputId) globalThis.document?.getElementById(first.inputId)?.focus();
  const names = missing.map((r) => r.label.toLowerCase());
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return { status: 400, message: `Type ${list} first.`, fields };
}
