import { loadDispatchBoard } from "@/lib/dispatch/load-board";
import { listDataRoute } from "@/lib/http/list-data-route";
import { memberLocale } from "@/lib/i18n/member-locale";

/** The dispatch board for the visible range and filters (the page's query string), in one response. */
export const GET = listDataRoute(async (ctx, query, user) => loadDispatchBoard(ctx, query, await memberLocale(user, ctx)));
