import { listDataRoute } from "@/lib/http/list-data-route";
import { listAppointmentsInRange } from "@/lib/appointments/list-appointments-in-range";

/** The appointments of the calendar's visible range (?from&to, &mine or &member), for the agenda views. */
export const GET = listDataRoute(async (ctx, query) => listAppointmentsInRange(ctx, query));
