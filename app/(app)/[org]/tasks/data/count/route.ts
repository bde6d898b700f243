import { listDataRoute } from "@/lib/http/list-data-route";
import { countWorkItems } from "@/lib/work-items/count-work-items";

/** How many tasks and issues a view matches (capped), fetched apart so it never delays the rows. */
export const GET = listDataRoute(async (ctx, query) => ({ count: await countWorkItems(ctx, query) }));
