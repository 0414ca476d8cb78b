// How big a form's server-action request is, checked in the browser before it is sent. Next.js
// refuses an action request over ACTION_BODY_LIMIT_BYTES with a bare 413 that reaches the form as
// a failed call, which reads like the server being down; the form instead says what is too long,
// on that field, and keeps what was typed.
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024; // next.config.js: serverActions.bodySizeLimit "1mb"

const encoder = new TextEncoder();
const utf8Bytes = (text: string) => encoder.encode(text).length;
// Multipart framing per part (boundary, headers) and React's encoding of the arguments: generous,
// so the estimate errs high.
const PART_OVERHEAD = 256;
const REQUEST_OVERHEAD = 2048;

/** About how many bytes an action called with `form` (and a bare previous state) sends: a little over, never under. */
export function actionRequestBytes(form: FormData): number {
  let bytes = REQUEST_OVERHEAD;
  for (const [name, value] of form.entries()) {
    bytes += PART_OVERHEAD + utf8Bytes(name) + (typeof value === "string" ? utf8Bytes(value) : value.size + utf8Bytes(value.name));
  }
  return bytes;
}

/** The form's longest text field: the one to shorten. Null for a form of files or nothing. */
export function longestTextField(form: FormData): { name: string; length: number } | null {
  let longest: { name: string; length: number } | null = null;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !name.startsWith("$") && (!longest || value.length > longest.length)) longest = { name, length: value.length };
  }
  return longest;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The form-level message and the field error for a form too big to send. */
export function tooLargeToSend(form: FormData, bytes: number): { message: string; fieldErrors?: Record<string, string> } {
  const longest = longestTextField(form);
  return {
    message: `This is too much to save at once: about ${megabytes(bytes)}, and Rapport takes up to ${megabytes(ACTION_BODY_LIMIT_BYTES)} per form. Nothing was sent; what you typed is still here. Shorten the longest text and save again.`,
    ...(longest ? { fieldErrors: { [longest.name]: `Too long to save: ${longest.length.toLocaleString("en-US")} characters.` } } : {}),
  };
}
