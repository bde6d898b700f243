import "server-only";
import { addDays } from "date-fns";

const DEFAULT_DAYS = 30;

/** SPEC S6: links expire after 30 days unless APPROVAL_LINK_DAYS says otherwise. */
export function approvalLinkExpiry(from: Date) {
  const configured = Number(process.env.APPROVAL_LINK_DAYS);
  const days = Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_DAYS;
  return addDays(from, days);
}
