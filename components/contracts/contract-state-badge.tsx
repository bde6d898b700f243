import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { ContractState } from "@/db/schema/enum-values";

/** One colour per state: warnings for what needs action soon, red for what has ended. */
const TONE: Record<ContractState, "neutral" | "accent" | "warning" | "danger"> = {
  draft: "neutral",
  active: "accent",
  expiring_soon: "warning",
  expired: "danger",
  renewed: "neutral",
  terminated: "danger",
};

/** A contract's derived state (lib/contracts/state.ts) as a coloured badge; server or client. */
export function ContractStateBadge({ state }: { state: ContractState }) {
  const t = useTranslations("contracts.states");
  return <Badge tone={TONE[state]}>{t(state)}</Badge>;
}
