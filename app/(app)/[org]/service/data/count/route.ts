import { listDataRoute } from "@/lib/http/list-data-route";
import { countServiceRecords } from "@/lib/service/count-service-records";

/** How many service records a view matches (capped), fetched apart so it never delays the rows. */
export const GET = listDataRoute(async (ctx, query) => ({ count: await countServiceRecords(ctx, query) }));
