import type { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { cleanInput } from "@/lib/fields/text";

/**
 * Parses verb input with the schema the form also uses; issues become field errors keyed by path.
 * The one input boundary: text PostgreSQL cannot store (NUL, lone surrogates) is cleaned here,
 * before any schema sees it, so no verb has to remember it.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(cleanInput(input));
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "_form";
    fieldErrors[key] ??= issue.message;
  }
  throw new ValidationError(fieldErrors);
}
