import { listCustomers } from "@/lib/customers/list-customers";
import { listDataRoute } from "@/lib/http/list-data-route";

/** The customer list's rows and cursor for a view (same query as the page), for its interactions. */
export const GET = listDataRoute((ctx, query) => listCustomers(ctx, query));
