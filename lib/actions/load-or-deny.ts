import "server-only";
import { ForbiddenError } from "@/lib/errors";

/** For pages: a loader refused by the guard renders "access denied" instead of an error page. */
export async function loadOrDeny<T>(load: () => Promise<T> | T): Promise<{ denied: true } | { denied: false; data: T }> {
  try {
    return { denied: false, data: await load() };
  } catch (error) {
    if (error instanceof ForbiddenError) return { denied: true };
    throw error;
  }
}
