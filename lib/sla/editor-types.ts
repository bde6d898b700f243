// Client-safe: the stored shapes the policy editor reads back (db/schema/sla.ts keeps the table).
export type { SlaTargets } from "./events";
export type { SlaEscalation as SlaEscalationRule } from "./due-sla-alerts";
