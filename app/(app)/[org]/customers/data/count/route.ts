import { countCustomers } from "@/lib/customers/count-customers";
import { listDataRoute } from "@/lib/http/list-data-route";

/** How many customers a view matches (capped), fetched apart so it never delays the rows. */
export const GET = listDataRoute(async (ctx, query) => ({ count: await countCustomers(ctx, query) }));
