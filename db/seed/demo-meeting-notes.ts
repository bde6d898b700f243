import { asc, count } from "drizzle-orm";
import { customers, meetingNotes } from "@/db/schema";
import type { MeetingOutcome } from "@/db/schema/enum-values";
import { addCivilDays, civilDateOf, instantAt } from "@/lib/calendars/civil-date";
import { now } from "@/lib/clock";
import { createMeetingNote } from "@/lib/meeting-notes/create-meeting-note";
import { loadOrgContext } from "@/lib/orgs/load-org-context";

type Plan = { day: number; at: string; customer: number; outcome: MeetingOutcome; summary: string; people: ("admin" | "technician")[] };

// Seed 004 (Görüşme Notları): the last days' meetings with customers, one of them to be followed
// by an appointment (its "Book the appointment" button shows on the note's page).
const PLANS: Plan[] = [
  {
    day: -3,
    at: "11:00",
    customer: 0,
    outcome: "offer_requested",
    summary: "Kamera sistemi için teklif istendi; 8 kamera, 30 gün kayıt.",
    people: ["admin"],
  },
  {
    day: -2,
    at: "14:30",
    customer: 1,
    outcome: "appointment",
    summary: "Yerinde keşif istendi.\nTeknik ekip gelecek hafta uğrayacak.",
    people: ["admin", "technician"],
  },
  { day: -1, at: "10:00", customer: 2, outcome: "informational", summary: "Bakım sözleşmesinin kapsamı anlatıldı.", people: ["technician"] },
];

/** Issue 13's meeting notes in the demo org, through the verb (so each is in its customer's feed). Once. */
export async function seedDemoMeetingNotes(orgSlug: string, people: { admin: string; technician: string }) {
  const admin = await loadOrgContext(people.admin, orgSlug);
  const { t } = admin;
  const [existing] = await t.db.select({ n: count() }).from(meetingNotes).where(t.where(meetingNotes));
  if ((existing?.n ?? 0) > 0) return 0;
  const named = await t.db.select({ id: customers.id }).from(customers).where(t.where(customers)).orderBy(asc(customers.name)).limit(3);
  const today = civilDateOf(now(), admin.org.timeZone);
  let written = 0;
  for (const plan of PLANS) {
    const customerId = named[plan.customer]?.id;
    if (!customerId) continue;
    const [h, m] = plan.at.split(":").map(Number);
    await createMeetingNote(admin, {
      customerId,
      metAt: new Date(instantAt(addCivilDays(today, plan.day), h! * 60 + m!, admin.org.timeZone)).toISOString(),
      participantIds: plan.people.map((who) => people[who]),
      outcome: plan.outcome,
      summary: plan.summary,
      // A demo diary may overlap; the seed is no place to be warned.
      acknowledgeClashes: true,
    });
    written++;
  }
  return written;
}
