"use server";

import { getFormatter, getTranslations } from "next-intl/server";
import { describeAssignment, respondToAssignment, type AssignmentAnswer } from "@/lib/service/respond-to-assignment";

export type RespondState = { tone: "info" | "error"; message: string } | null;

/** The POST behind the confirmation button; the answer comes back as a sentence in the page's language. */
export async function respondAction(token: string, response: AssignmentAnswer, _previous: RespondState): Promise<RespondState> {
  const answer = response === "rejected" ? "rejected" : "accepted";
  const result = await respondToAssignment(String(token), answer);
  const info = await describeAssignment(String(token));
  const locale = info.locale ?? "en";
  const t = await getTranslations({ locale, namespace: "dispatch.respond" });
  if (result.outcome === "unknown" || info.state === "unknown") return { tone: "error", message: t("unknown") };
  if (result.outcome === "answered") return { tone: "info", message: t(result.response, { number: result.number }) };
  const format = await getFormatter({ locale });
  const date = result.respondedAt
    ? format.dateTime(new Date(result.respondedAt), { dateStyle: "medium", timeStyle: "short", timeZone: info.timeZone })
    : "";
  return { tone: "info", message: t(result.response === "accepted" ? "alreadyAccepted" : "alreadyRejected", { date }) };
}
