import type { MemberActor } from "@/lib/permissions/actor";
import { can } from "@/lib/permissions/can";
import type { Action } from "@/lib/permissions/actions";

export type NavItem = {
  key:
    | "overview"
    | "customers"
    | "contacts"
    | "contracts"
    | "plans"
    | "schedules"
    | "service"
    | "myDay"
    | "dispatch"
    | "tasks"
    | "agenda"
    | "meetings"
    | "reminders"
    | "activities"
    | "reports"
    | "members"
    | "permissions"
    | "settings";
  href: string;
};

const ITEMS: { key: NavItem["key"]; path: string; action: Action }[] = [
  { key: "overview", path: "", action: "org.view" },
  { key: "customers", path: "/customers", action: "customers.view" },
  { key: "contacts", path: "/contacts", action: "contacts.view" },
  // Contracts follow their customer's visibility: whoever may view customers sees their contracts.
  { key: "contracts", path: "/contracts", action: "contracts.view" },
  { key: "plans", path: "/plans", action: "plans.view" },
  { key: "schedules", path: "/schedules", action: "schedules.view" },
  { key: "service", path: "/service", action: "serviceRecords.view" },
  // Issue 13: a technician's day (their own records and appointments), the office's board, and the work.
  { key: "myDay", path: "/my-day", action: "calendar.view" },
  { key: "dispatch", path: "/dispatch", action: "dispatch.view" },
  { key: "tasks", path: "/tasks", action: "tasks.view" },
  { key: "agenda", path: "/agenda", action: "calendar.view" },
  { key: "meetings", path: "/meetings", action: "meetings.view" },
  { key: "reminders", path: "/reminders", action: "reminders.manage" },
  { key: "activities", path: "/activities", action: "activities.view" },
  { key: "reports", path: "/reports", action: "reports.view" },
  { key: "members", path: "/members", action: "members.view" },
  { key: "permissions", path: "/permissions", action: "permissions.view" },
  { key: "settings", path: "/settings", action: "org.settings.view" },
];

/** Only sections that exist and that the member may open appear in the sidebar. */
export function navFor(orgSlug: string, actor: Pick<MemberActor, "role" | "level">): NavItem[] {
  return ITEMS.filter((item) => can(actor, item.action)).map((item) => ({ key: item.key, href: `/${orgSlug}${item.path}` }));
}
