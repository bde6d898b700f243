/**
 * Typed errors thrown by verbs. `code` is a message-catalogue key under `errors.`; the action
 * wrapper (lib/actions/safe-action.ts) maps them to what the user sees, in one place.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(what = "record") {
    super("notFound", `${what} not found`);
  }
}

export class ForbiddenError extends AppError {
  constructor(readonly action?: string) {
    super("forbidden", action ? `not allowed: ${action}` : "not allowed");
  }
}

export class ConflictError extends AppError {
  constructor(code = "conflict") {
    super(code);
  }
}

export class RateLimitedError extends AppError {
  constructor(code = "rateLimited") {
    super(code);
  }
}

/**
 * SPEC T8: the password was right, but every org the user belonged to has ended their employment.
 * Said plainly (only after the password check, so it tells nothing to someone guessing).
 */
export class EmploymentEndedError extends AppError {
  constructor() {
    super("employmentEnded");
  }
}

/**
 * Issue 11: a business calendar without a working minute in reach (no segment on any weekday, or
 * holidays covering more than a year) has no deadline; business-time arithmetic refuses it rather
 * than walking forever.
 */
export class NoWorkingTimeError extends AppError {
  constructor() {
    super("noWorkingTime");
  }
}

/** Field errors carry catalogue keys under `validation.` so they render in the user's language. */
export class ValidationError extends AppError {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("validation");
  }
}
