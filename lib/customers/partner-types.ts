import type { CUSTOMER_TYPES } from "@/db/schema/enum-values";

/** SPEC T7: the customer types that are partner companies, with staff of their own; client-safe. */
export const PARTNER_TYPES: (typeof CUSTOMER_TYPES)[number][] = ["distributor", "main_dealer", "dealer"];
