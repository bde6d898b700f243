import { and, count, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, emailOutbox, serviceRecords } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { createProduct } from "@/lib/products/create-product";
import { approveService } from "@/lib/service/approve";
import { assignEmployees } from "@/lib/service/assign";
import { changeServiceStatus } from "@/lib/service/change-status";
import { closeService } from "@/lib/service/close";
import { completeService } from "@/lib/service/complete";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { addManualEntry } from "@/lib/time-entries/add-manual-entry";
import { checkIn } from "@/lib/time-entries/check-in";
import { checkOut } from "@/lib/time-entries/check-out";

const SERVICE_TYPES = [
  { en: "Installation", tr: "Kurulum", ro: "Montaj" },
  { en: "Repair", tr: "Arıza onarımı", ro: "Reparație" },
  { en: "Remote support", tr: "Uzaktan destek", ro: "Asistență la distanță" },
  { en: "Periodic maintenance", tr: "Periyodik bakım", ro: "Mentenanță periodică" },
  { en: "Consulting", tr: "Danışmanlık", ro: "Consultanță" },
];
const PRIORITIES = [
  { en: "Low", tr: "Düşük", ro: "Scăzută" },
  { en: "Normal", tr: "Normal", ro: "Normală" },
  { en: "High", tr: "Yüksek", ro: "Ridicată" },
  { en: "Urgent", tr: "Acil", ro: "Urgentă" },
];
const PRODUCTS = [
  { name: "IP dome kamera 4 MP", code: "CAM-DOME-4", unit: "adet", price: "2.450,00" },
  { name: "NVR kayıt cihazı 16 kanal", code: "NVR-16", unit: "adet", price: "7.900,00" },
  { name: "Alarm paneli", code: "ALR-PNL", unit: "adet", price: "3.200,00" },
  { name: "Yangın dedektörü", code: "FIRE-DET", unit: "adet", price: "640,00" },
];
const SUBJECTS = [
  "Kamera sistemi kurulumu",
  "NVR kayıt yapmıyor",
  "Uzaktan erişim ayarı",
  "Yıllık bakım ziyareti",
  "Montaj cameră video",
  "Centrala de alarmă nu comunică",
  "Yangın paneli arıza uyarısı",
  "Network switch replacement",
];
type Stage = "new" | "assigned" | "in_progress" | "completed" | "approved" | "closed";
const STAGES: Stage[] = ["new", "assigned", "in_progress", "in_progress", "completed", "approved", "approved", "closed", "closed", "closed"];
const HOUR = 3_600_000;

/**
 * Service records for the demo org, created through the verbs so every status, e-mail, time entry
 * and activity is real: some new, some with technicians, timed work, completed ones waiting for
 * the customer, approved ones in Pending service forms, and closed ones in support histories.
 * The approval is given the customer's way, with the link from the report e-mail.
 */
export async function seedDemoService(orgSlug: string, userIds: [string, string, ...string[]]) {
  const [adminId, technicianId] = userIds;
  const admin = await loadOrgContext(adminId, orgSlug);
  const technician = await loadOrgContext(technicianId, orgSlug);
  const [existing] = await db.select({ n: count() }).from(serviceRecords).where(eq(serviceRecords.orgId, admin.org.id));
  if ((existing?.n ?? 0) > 0) return 0;

  const types = [];
  for (const labels of SERVICE_TYPES) types.push((await addPicklistItem(admin, { list: "service_type", labels })).id);
  const priorities = [];
  for (const labels of PRIORITIES) priorities.push((await addPicklistItem(admin, { list: "priority", labels })).id);
  const products = [];
  for (const product of PRODUCTS) products.push((await createProduct(admin, product)).id);

  const someCustomers = await db
    .select({ id: customers.id, email: customers.email })
    .from(customers)
    .where(eq(customers.orgId, admin.org.id))
    .orderBy(customers.name)
    .limit(STAGES.length * 2);
  const now = clockNow().getTime();
  let made = 0;
  for (const [i, stage] of STAGES.entries()) {
    const customer = someCustomers[i * 2]!;
    const daysAgo = (STAGES.length - i) * 3;
    const requested = new Date(now - daysAgo * 24 * HOUR);
    const useProduct = i % 3 === 0;
    const { id } = await createServiceRecord(admin, {
      customerId: customer.id,
      serviceTypeId: types[i % types.length],
      priorityId: priorities[i % priorities.length],
      requestDate: requested.toISOString().slice(0, 10),
      subjectKind: useProduct ? "product" : "text",
      productId: useProduct ? products[i % products.length] : null,
      subject: useProduct ? "" : SUBJECTS[i % SUBJECTS.length],
      description: "Müşteri telefonla aradı; ayrıntılar kayıtta.",
      plannedStart: new Date(requested.getTime() + 24 * HOUR).toISOString(),
      plannedEnd: new Date(requested.getTime() + 26 * HOUR).toISOString(),
    });
    made++;
    if (stage === "new") continue;
    await assignEmployees(admin, { id, userIds: [technicianId] });
    if (stage === "assigned") continue;
    await changeServiceStatus(technician, { id, status: "in_progress" });
    // On site the day after the request: check-in, the work, check-out.
    const start = new Date(now - daysAgo * 24 * HOUR + 25 * HOUR);
    const stop = new Date(start.getTime() + (45 + i * 7) * 60_000);
    await checkIn(technician, { recordId: id }, { now: new Date(start.getTime() - 10 * 60_000) });
    await addManualEntry(technician, { recordId: id, startedAt: start.toISOString(), stoppedAt: stop.toISOString(), note: "Sahada çalışma" });
    await checkOut(technician, { recordId: id }, { now: new Date(stop.getTime() + 5 * 60_000) });
    if (stage === "in_progress") continue;
    const email = customer.email ?? "musteri@example.test";
    await completeService(technician, { id, email, result: "İş tamamlandı, sistem test edildi.", fee: i % 2 ? "1.500,00" : "" });
    if (stage === "completed") continue;
    await approveService(
      { token: await approvalTokenSentTo(admin.org.id, email), score: String(7 + (i % 4)), comment: i % 2 ? "Hızlı ve temiz iş, teşekkürler." : "" },
      "seed",
    );
    if (stage === "approved") continue;
    await closeService(admin, { id });
  }
  return made;
}

/** The token in the newest report e-mail to `email`: the link the customer would click. */
async function approvalTokenSentTo(orgId: string, email: string) {
  const [mail] = await db
    .select({ text: emailOutbox.text })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.orgId, orgId), eq(emailOutbox.kind, "serviceReport"), eq(emailOutbox.to, email)))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  const token = mail?.text.match(/\/approve\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`No approval link was e-mailed to ${email}`);
  return token;
}
