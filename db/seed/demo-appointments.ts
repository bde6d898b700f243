import { asc, count } from "drizzle-orm";
import { appointments, customers } from "@/db/schema";
import { createAppointment } from "@/lib/appointments/create-appointment";
import { addCivilDays, civilDateOf, instantAt } from "@/lib/calendars/civil-date";
import { now } from "@/lib/clock";
import { loadOrgContext } from "@/lib/orgs/load-org-context";

type Plan = {
  title: string;
  /** Days from today in the org's zone, and the local start "HH:MM". */
  day: number;
  at: string;
  minutes: number;
  place?: string;
  /** Which demo customer (by name order); null: an internal meeting. */
  customer: number | null;
  attendees: ("admin" | "technician")[];
};

// Seed 004 (Randevu, Ajanda, Randevularım): this week's agenda has something on most days, for
// both people, one of them booked by the admin for the technician alone.
const PLANS: Plan[] = [
  {
    title: "Haftalık ekip toplantısı",
    day: 0,
    at: "09:30",
    minutes: 30,
    place: "Toplantı odası",
    customer: null,
    attendees: ["admin", "technician"],
  },
  { title: "Keşif ziyareti", day: 1, at: "10:00", minutes: 90, place: "Müşteri ofisi", customer: 0, attendees: ["technician"] },
  { title: "Sözleşme yenileme görüşmesi", day: 1, at: "14:00", minutes: 60, customer: 1, attendees: ["admin"] },
  { title: "Kamera sistemi sunumu", day: 2, at: "11:00", minutes: 60, place: "Online", customer: 2, attendees: ["admin", "technician"] },
  { title: "Yıllık bakım planlaması", day: 3, at: "15:30", minutes: 45, customer: 0, attendees: ["admin"] },
];

/**
 * Issue 13's appointments in the demo org this week, through the verb (so each is in its
 * customer's feed and its attendees' e-mails are armed). Once: a demo org with any appointment
 * keeps its own.
 */
export async function seedDemoAppointments(orgSlug: string, people: { admin: string; technician: string }) {
  const admin = await loadOrgContext(people.admin, orgSlug);
  const { t } = admin;
  const [existing] = await t.db.select({ n: count() }).from(appointments).where(t.where(appointments));
  if ((existing?.n ?? 0) > 0) return 0;
  const named = await t.db.select({ id: customers.id }).from(customers).where(t.where(customers)).orderBy(asc(customers.name)).limit(3);
  const today = civilDateOf(now(), admin.org.timeZone);
  for (const plan of PLANS) {
    const [h, m] = plan.at.split(":").map(Number);
    await createAppointment(admin, {
      title: plan.title,
      customerId: plan.customer === null ? null : (named[plan.customer]?.id ?? null),
      startsAt: new Date(instantAt(addCivilDays(today, plan.day), h! * 60 + m!, admin.org.timeZone)).toISOString(),
      durationMinutes: plan.minutes,
      place: plan.place ?? null,
      attendeeIds: plan.attendees.map((who) => people[who]),
      // A demo agenda may double-book; the seed is no place to be warned.
      acknowledgeClashes: true,
    });
  }
  return PLANS.length;
}
