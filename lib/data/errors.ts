// Errors the data-access layer raises on purpose. Actions turn these into messages for the user;
// anything else is a bug and is rethrown (never shown raw).
export class NotFoundError extends Error {
  constructor(public readonly entity: string) {
    super(`${entity} not found`);
  }
}

/** Someone else saved this record since it was loaded. `current` is what is stored now. */
export class ConflictError<T = unknown> extends Error {
  constructor(public readonly entity: string, public readonly current: T) {
    super(`${entity} changed since it was loaded`);
  }
}

export class FieldError extends Error {
  constructor(public readonly field: string, public readonly userMessage: string) {
    super(userMessage);
  }
}

/** Too many invite codes that matched nothing lately (lib/data/invite-code-attempts.ts): shown on the
 * code field like any FieldError, and by the invite-link pages as "try again later", not "no such code". */
export class CodeThrottledError extends FieldError {}
