import { listContacts } from "@/lib/contacts/list-contacts";
import { listDataRoute } from "@/lib/http/list-data-route";

/** The contacts list's rows and cursor for a view (same query as the page), for its interactions. */
export const GET = listDataRoute((ctx, query) => listContacts(ctx, query));
