import { listDataRoute } from "@/lib/http/list-data-route";
import { listPlans } from "@/lib/plans/list-plans";

/** The plan list's rows and cursor for a view (same query as the page), for its interactions. */
export const GET = listDataRoute(async (ctx, query) => listPlans(ctx, query));
