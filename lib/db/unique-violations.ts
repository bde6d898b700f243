import "server-only";
import { ValidationError } from "@/lib/errors";

/**
 * Unique indexes whose violation means "this value is taken": the field it lands on and the
 * `validation.` key the user sees. Verbs check first for a friendly answer, but two requests at
 * once both pass the check and one of them meets the index; this table makes that one get the
 * same field error instead of "unexpected". A new unique field adds one line here.
 */
const UNIQUE_FIELDS: Record<string, { field: string; code: string }> = {
  customers_org_id_account_code_idx: {
    field: "accountCode",
    code: "accountCodeTaken",
  },
  products_org_id_code_idx: { field: "code", code: "codeTaken" },
  orgs_slug_unique: { field: "slug", code: "slugTaken" },
  users_email_unique: { field: "email", code: "emailTaken" },
};

type PgError = { code?: unknown; constraint_name?: unknown };

/** The PostgreSQL error inside a driver or Drizzle error (Drizzle wraps it as `cause`). */
function postgresError(error: unknown): PgError | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as PgError).code === "23505") return e as PgError;
  }
  return null;
}

/** The field error a unique violation stands for, or null when it is something else. */
export function uniqueViolationError(error: unknown): ValidationError | null {
  const pg = postgresError(error);
  const entry = typeof pg?.constraint_name === "string" ? UNIQUE_FIELDS[pg.constraint_name] : undefined;
  return entry ? new ValidationError({ [entry.field]: entry.code }) : null;
}

/** Rethrows a known unique violation as its field error; anything else unchanged. */
export function rethrowUniqueViolation(error: unknown): never {
  throw uniqueViolationError(error) ?? error;
}
