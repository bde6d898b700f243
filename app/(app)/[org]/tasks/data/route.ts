import { listDataRoute } from "@/lib/http/list-data-route";
import { listWorkItems } from "@/lib/work-items/list-work-items";

/** The task list's rows and cursor for a view (same query as the page), for its interactions. */
export const GET = listDataRoute(async (ctx, query) => listWorkItems(ctx, query));
