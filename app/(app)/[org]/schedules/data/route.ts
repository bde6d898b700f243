import { listDataRoute } from "@/lib/http/list-data-route";
import { listSchedules } from "@/lib/schedules/list-schedules";

/** The schedule list's rows and cursor for a view (same query as the page), for its interactions. */
export const GET = listDataRoute(async (ctx, query) => listSchedules(ctx, query));
