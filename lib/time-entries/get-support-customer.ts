import "server-only";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceCustomer } from "@/lib/service/get-service-customer";
import { listCustomerServiceRecords } from "@/lib/service/list-customer-service-records";
import { parseInput } from "@/lib/validation";
import { customerTargetSchema } from "./schemas";
import { stoppedSecondsByRecord } from "./totals";

/** The newest records shown beside the support form; the full history is Report 1's job. */
export const SUPPORT_HISTORY_LIMIT = 50;

/**
 * SPEC S2/S8 in the quick support entry: the chosen customer's codes and contact details (the
 * service form's own loader), and its earlier records with the time spent on each.
 */
export async function getSupportCustomer(ctx: OrgContext, input: unknown, locale: Locale) {
  requirePermission(ctx, "serviceRecords.view");
  const { customerId } = parseInput(customerTargetSchema, input);
  const [customer, records] = await Promise.all([
    getServiceCustomer(ctx, { id: customerId }, locale),
    listCustomerServiceRecords(ctx, { customerId, limit: SUPPORT_HISTORY_LIMIT }, locale),
  ]);
  const seconds = await stoppedSecondsByRecord(
    ctx.t,
    records.map((r) => r.id),
  );
  return { ...customer, records: records.map((r) => ({ ...r, seconds: seconds.get(r.id) ?? 0 })) };
}

export type SupportCustomer = Awaited<ReturnType<typeof getSupportCustomer>>;
