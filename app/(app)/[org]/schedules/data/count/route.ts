import { listDataRoute } from "@/lib/http/list-data-route";
import { countSchedules } from "@/lib/schedules/count-schedules";

/** How many schedules a view matches (capped), fetched apart so it never delays the rows. */
export const GET = listDataRoute(async (ctx, query) => ({ count: await countSchedules(ctx, query) }));
