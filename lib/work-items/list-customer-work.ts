import "server-only";
import { asc, desc, eq, gt, inArray, lte, notInArray, sql } from "drizzle-orm";
import { appointments, serviceRecords, users, workItems } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { doneLate, type GroupableWork, groupWork, WORK_GROUPS, type WorkGroup } from "./group-work";
import { mayChangeStatus } from "./internal";
import { customerWorkSchema } from "./schemas";

/** What each group shows on the customer page; "show all" goes to the filtered list. */
export const GROUP_LIMIT = 10;
/**
 * How many rows of each source are read: the open ones (any of which may be overdue) up to a
 * bound no customer reaches in practice, and the latest closed ones, of which only GROUP_LIMIT show.
 */
const OPEN_WINDOW = 200;
const CLOSED_WINDOW = GROUP_LIMIT + 1;

const SERVICE_DONE = ["completed", "approved", "closed", "cancelled"] as const;

export type CustomerWorkEntry = GroupableWork & {
  id: string;
  title: string;
  /** The instant the entry is ordered by and shown with: due, start, or planned end / SLA deadline. */
  at: string | null;
  late: boolean;
  /** Tasks and issues: for the status button. */
  version?: number;
  assigneeName?: string | null;
  mayChangeStatus?: boolean;
  /** Service records: their number. */
  number?: number;
};

const iso = (v: Date | null) => v?.toISOString() ?? null;

async function workItemEntries(ctx: OrgContext, customerId: string): Promise<CustomerWorkEntry[]> {
  const t = ctx.t;
  const select = {
    id: workItems.id,
    kind: workItems.kind,
    title: workItems.title,
    status: workItems.status,
    dueAt: workItems.dueAt,
    completedAt: workItems.completedAt,
    version: workItems.version,
    assigneeName: users.name,
    assigneeId: workItems.assigneeId,
    createdById: workItems.createdById,
  };
  const ofCustomer = eq(workItems.customerId, customerId);
  const [open, closed] = await Promise.all([
    t.db
      .select(select)
      .from(workItems)
      .leftJoin(users, eq(users.id, workItems.assigneeId))
      .where(t.where(workItems, ofCustomer, notInArray(workItems.status, ["done", "cancelled"])))
      .orderBy(sql`${workItems.dueAt} asc nulls last`, asc(workItems.id))
      .limit(OPEN_WINDOW),
    t.db
      .select(select)
      .from(workItems)
      .leftJoin(users, eq(users.id, workItems.assigneeId))
      .where(t.where(workItems, ofCustomer, inArray(workItems.status, ["done", "cancelled"])))
      .orderBy(desc(workItems.completedAt), desc(workItems.id))
      .limit(CLOSED_WINDOW),
  ]);
  return [...open, ...closed].map((row) => {
    const entry: CustomerWorkEntry = {
      type: row.kind,
      id: row.id,
      title: row.title,
      status: row.status,
      dueAt: iso(row.dueAt),
      completedAt: iso(row.completedAt),
      at: iso(row.dueAt),
      late: false,
      version: row.version,
      assigneeName: row.assigneeName,
      mayChangeStatus: mayChangeStatus(ctx, row),
    };
    return { ...entry, late: doneLate(entry) };
  });
}

async function appointmentEntries(ctx: OrgContext, customerId: string, at: Date): Promise<CustomerWorkEntry[]> {
  const t = ctx.t;
  const select = { id: appointments.id, title: appointments.title, startsAt: appointments.startsAt, endsAt: appointments.endsAt };
  const ofCustomer = eq(appointments.customerId, customerId);
  const [upcoming, past] = await Promise.all([
    t.db
      .select(select)
      .from(appointments)
      .where(t.where(appointments, ofCustomer, gt(appointments.endsAt, at)))
      .orderBy(asc(appointments.startsAt), asc(appointments.id))
      .limit(OPEN_WINDOW),
    t.db
      .select(select)
      .from(appointments)
      .where(t.where(appointments, ofCustomer, lte(appointments.endsAt, at)))
      .orderBy(desc(appointments.endsAt), desc(appointments.id))
      .limit(CLOSED_WINDOW),
  ]);
  return [...upcoming, ...past].map((row) => ({
    type: "appointment" as const,
    id: row.id,
    title: row.title,
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    at: iso(row.startsAt),
    late: false,
  }));
}

async function serviceEntries(ctx: OrgContext, customerId: string): Promise<CustomerWorkEntry[]> {
  const t = ctx.t;
  const select = {
    id: serviceRecords.id,
    number: serviceRecords.number,
    subject: serviceRecords.subject,
    status: serviceRecords.status,
    plannedEnd: serviceRecords.plannedEnd,
    slaDueAt: serviceRecords.slaDueAt,
  };
  const ofCustomer = eq(serviceRecords.customerId, customerId);
  const [open, closed] = await Promise.all([
    t.db
      .select(select)
      .from(serviceRecords)
      .where(t.where(serviceRecords, ofCustomer, notInArray(serviceRecords.status, [...SERVICE_DONE])))
      .orderBy(desc(serviceRecords.createdAt), desc(serviceRecords.id))
      .limit(OPEN_WINDOW),
    t.db
      .select(select)
      .from(serviceRecords)
      .where(t.where(serviceRecords, ofCustomer, inArray(serviceRecords.status, [...SERVICE_DONE])))
      .orderBy(desc(serviceRecords.updatedAt), desc(serviceRecords.id))
      .limit(CLOSED_WINDOW),
  ]);
  return [...open, ...closed].map((row) => {
    // The nearer of its deadlines is the one it is late or on time against.
    const deadlines = [row.plannedEnd, row.slaDueAt].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime());
    return {
      type: "service" as const,
      id: row.id,
      number: row.number,
      title: row.subject,
      status: row.status,
      plannedEnd: iso(row.plannedEnd),
      slaDueAt: iso(row.slaDueAt),
      at: iso(deadlines[0] ?? null),
      late: false,
    };
  });
}

const time = (v: Date | string | null, empty: number) => (v === null ? empty : new Date(v).getTime());

/** Overdue oldest first, pending soonest first (undated last), completed most recent first. */
function order(group: WorkGroup, entries: CustomerWorkEntry[]) {
  const key = (e: CustomerWorkEntry) => (e.type === "task" || e.type === "issue" ? (e.completedAt ?? e.at) : e.at);
  return group === "completed"
    ? entries.sort((a, b) => time(key(b), -Infinity) - time(key(a), -Infinity))
    : entries.sort((a, b) => time(a.at, Infinity) - time(b.at, Infinity));
}

/**
 * SPEC C4: the customer's tasks, issues, appointments and service records in Overdue / Pending /
 * Completed (lib/work-items/group-work.ts decides), GROUP_LIMIT each with whether there are more.
 * Each source only as far as the actor may see it: its permission, then the visibility seam.
 */
export async function listCustomerWork(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "tasks.view");
  const { customerId } = parseInput(customerWorkSchema, input);
  const at = now();
  const sources = await Promise.all([
    workItemEntries(ctx, customerId),
    can(ctx.actor, "calendar.view") ? appointmentEntries(ctx, customerId, at) : [],
    can(ctx.actor, "serviceRecords.view") ? serviceEntries(ctx, customerId) : [],
  ]);
  const groups = groupWork(sources.flat(), at);
  return Object.fromEntries(
    WORK_GROUPS.map((group) => {
      const all = order(group, groups[group]);
      return [group, { entries: all.slice(0, GROUP_LIMIT), more: all.length > GROUP_LIMIT }];
    }),
  ) as Record<WorkGroup, { entries: CustomerWorkEntry[]; more: boolean }>;
}

export type CustomerWork = Awaited<ReturnType<typeof listCustomerWork>>;
