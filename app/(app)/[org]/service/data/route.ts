import { listDataRoute } from "@/lib/http/list-data-route";
import { memberLocale } from "@/lib/i18n/member-locale";
import { listServiceRecords } from "@/lib/service/list-service-records";

/** The Service list's rows and cursor for a view (same query as the page), for its interactions. */
export const GET = listDataRoute(async (ctx, query, user) => listServiceRecords(ctx, query, await memberLocale(user, ctx)));
