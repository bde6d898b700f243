import "server-only";
import { type CurrentUser, getCurrentUser } from "@/lib/auth/current-user";
import type { OrgContext } from "@/lib/context";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { firstValues } from "@/lib/search/first-values";

type Load = (ctx: OrgContext, query: Record<string, string>, user: CurrentUser) => Promise<unknown>;

/** Rows for one browser only, never stored by a shared cache. */
function json(status: number, body: unknown) {
  return Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });
}

/**
 * A list's data route: GET with the page's own query string → the verb's JSON (rows and cursor,
 * or a count). After the first, server-rendered page, a list's search, paging, sorting and filters
 * read through here instead of a full page render — the same session, org context and verb (so
 * the same guard), without the layout, picklists or messages. Errors map to statuses once, here:
 * signed out 401, no such org (or not a member: indistinguishable) 404, refused by the guard 403.
 */
export function listDataRoute(load: Load) {
  return async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
    const user = await getCurrentUser();
    if (!user) return json(401, { error: "signedOut" });
    const query = firstValues(new URL(request.url).searchParams);
    try {
      const ctx = await loadOrgContext(user.id, (await params).org);
      return json(200, await load(ctx, query, user));
    } catch (error) {
      if (error instanceof NotFoundError) return json(404, { error: "notFound" });
      if (error instanceof ForbiddenError) return json(403, { error: "forbidden" });
      // List queries drop what they cannot read, so this is a query no URL of ours produces.
      if (error instanceof ValidationError) return json(400, { error: "invalid" });
      throw error;
    }
  };
}
