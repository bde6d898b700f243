import "server-only";
import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";

export type Loaded<T> = { state: "ready"; data: T } | { state: "invalid"; fieldErrors: Record<string, string> } | { state: "denied" };

/**
 * A report for the page: filters from the URL that do not parse show the form with an error
 * instead of an error page; an id from another org (or none at all) is a 404, like any record.
 */
export async function loadReport<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { state: "ready", data: await load() };
  } catch (error) {
    if (error instanceof ValidationError) return { state: "invalid", fieldErrors: error.fieldErrors };
    if (error instanceof ForbiddenError) return { state: "denied" };
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
