import { listContracts } from "@/lib/contracts/list-contracts";
import { listDataRoute } from "@/lib/http/list-data-route";
import { memberLocale } from "@/lib/i18n/member-locale";

/** The contract list's rows and cursor for a view (same query as the page), for its interactions. */
export const GET = listDataRoute(async (ctx, query, user) => listContracts(ctx, query, await memberLocale(user, ctx)));
