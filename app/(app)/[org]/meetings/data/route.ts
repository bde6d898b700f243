import { listDataRoute } from "@/lib/http/list-data-route";
import { listMeetingNotes } from "@/lib/meeting-notes/list-meeting-notes";

/** The meeting-note list's rows and cursor for a view (same query as the page), for its interactions. */
export const GET = listDataRoute(async (ctx, query) => listMeetingNotes(ctx, query));
