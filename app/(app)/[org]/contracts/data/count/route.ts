import { countContracts } from "@/lib/contracts/count-contracts";
import { listDataRoute } from "@/lib/http/list-data-route";

/** How many contracts a view matches (capped), fetched apart so it never delays the rows. */
export const GET = listDataRoute(async (ctx, query) => ({ count: await countContracts(ctx, query) }));
