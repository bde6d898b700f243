import "server-only";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { todayIn } from "@/lib/contracts/today";
import type { Locale } from "@/lib/i18n/locales";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { listPicklist } from "@/lib/picklists/list-picklist";

type Option = { id: string; label: string };

export type BoardSetup = {
  timeZone: string;
  /** "Today" in the org's zone: the board's default date and its Today button. */
  today: string;
  regions: Option[];
  departments: Option[];
  serviceTypes: Option[];
  /** Whether drops and "Plan…" are offered; the verb guards them again. */
  canPlan: boolean;
};

/** What the dispatch page needs besides the board itself, which loads per view from dispatch/data. */
export async function getBoardSetup(ctx: OrgContext, locale: Locale): Promise<BoardSetup> {
  requirePermission(ctx, "dispatch.view");
  const [regions, departments, serviceTypes] = await Promise.all(
    (["region", "department", "service_type"] as const).map((list) => listPicklist(ctx, list, locale)),
  );
  const options = (rows: { id: string; label: string }[] = []) => rows.map(({ id, label }) => ({ id, label }));
  return {
    timeZone: ctx.org.timeZone,
    today: todayIn(ctx.org.timeZone, now()),
    regions: options(regions),
    departments: options(departments),
    serviceTypes: options(serviceTypes),
    canPlan: can(ctx.actor, "serviceRecords.assign"),
  };
}
