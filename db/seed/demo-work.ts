import { asc, count } from "drizzle-orm";
import { customers, workItems } from "@/db/schema";
import { now, setClock } from "@/lib/clock";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { changeWorkItemStatus } from "@/lib/work-items/change-work-item-status";
import { createWorkItem } from "@/lib/work-items/create-work-item";

const HOUR = 3_600_000;

type Plan = {
  kind: "task" | "issue";
  title: string;
  /** Hours from now; null: undated. */
  due: number | null;
  priority?: "low" | "normal" | "high" | "urgent";
  /** Which demo customer (by name order); null: none. */
  customer: number | null;
  assignee: "admin" | "technician";
  /** Done this many hours ago (after its due when that is earlier: done late). */
  doneHoursAgo?: number;
};

// Seed 001 (görev, sorun; Geciken / Bekleyen / Tamamlanan): every group of the customer page has something.
const PLANS: Plan[] = [
  { kind: "task", title: "Yıllık bakım teklifini gönder", due: -26, priority: "high", customer: 0, assignee: "admin" },
  { kind: "issue", title: "Kamera kaydı gece kesiliyor", due: -3, priority: "urgent", customer: 0, assignee: "technician" },
  { kind: "task", title: "Sözleşme yenilemesi için ara", due: 48, customer: 1, assignee: "admin" },
  { kind: "task", title: "Yedek parça siparişini kontrol et", due: 6, customer: 1, assignee: "technician" },
  { kind: "issue", title: "Faturada yanlış adres", due: null, priority: "low", customer: 2, assignee: "admin" },
  { kind: "task", title: "Kurulum raporunu müşteriye ilet", due: -72, customer: 2, assignee: "technician", doneHoursAgo: 50 },
  { kind: "task", title: "Ekip toplantısı notlarını paylaş", due: 24, customer: null, assignee: "admin" },
];

/**
 * Issue 13's tasks and issues in the demo org, through the verbs (so each is in its customer's
 * feed): overdue, pending, undated and one done late, on the first customers by name. Once: a demo
 * org with any task keeps its own.
 */
export async function seedDemoWork(orgSlug: string, people: { admin: string; technician: string }) {
  const admin = await loadOrgContext(people.admin, orgSlug);
  const { t } = admin;
  const [existing] = await t.db.select({ n: count() }).from(workItems).where(t.where(workItems));
  if ((existing?.n ?? 0) > 0) return 0;
  const named = await t.db.select({ id: customers.id }).from(customers).where(t.where(customers)).orderBy(asc(customers.name)).limit(3);
  const seededAt = now().getTime();
  try {
    for (const plan of PLANS) {
      // Created a few days back, so a late completion happened after its due, as it would have.
      setClock(new Date(seededAt - 96 * HOUR));
      const { id } = await createWorkItem(admin, {
        kind: plan.kind,
        title: plan.title,
        priority: plan.priority ?? "normal",
        dueAt: plan.due === null ? "" : new Date(seededAt + plan.due * HOUR).toISOString(),
        customerId: plan.customer === null ? null : (named[plan.customer]?.id ?? null),
        assigneeId: plan.assignee === "admin" ? people.admin : people.technician,
      });
      if (plan.doneHoursAgo !== undefined) {
        setClock(new Date(seededAt - plan.doneHoursAgo * HOUR));
        await changeWorkItemStatus(admin, { id, version: 1, status: "done" });
      }
    }
  } finally {
    setClock(null);
  }
  return PLANS.length;
}
