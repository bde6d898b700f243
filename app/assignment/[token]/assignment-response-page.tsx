import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AuthCard, Notice } from "@/components/auth/auth-card";
import { describeAssignment, type AssignmentAnswer } from "@/lib/service/respond-to-assignment";
import { respondAction } from "./actions";
import { RespondForm } from "./respond-form";

export async function assignmentMetadata() {
  const t = await getTranslations("dispatch.respond");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" as const };
}

/**
 * The page behind an assignment e-mail's Accept or Reject link. Opening it only shows what would
 * happen; the answer is given by the button (a POST), once.
 */
export async function AssignmentResponsePage({ token, response }: { token: string; response: AssignmentAnswer }) {
  await connection();
  const info = await describeAssignment(token);
  const locale = info.locale ?? (await getLocale());
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "dispatch.respond" }), getFormatter({ locale })]);

  if (info.state === "unknown") {
    return (
      <AuthCard title={t("title")}>
        <Notice tone="error">{t("unknown")}</Notice>
      </AuthCard>
    );
  }
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: info.timeZone });
  const title = t(response === "accepted" ? "acceptTitle" : "rejectTitle", { number: info.number });
  const planned = [info.plannedStart, info.plannedEnd]
    .filter((v): v is string => !!v)
    .map(when)
    .join(" – ");
  const details = [
    { label: t("customer"), value: info.customer },
    { label: t("subject"), value: info.subject },
    { label: t("planned"), value: planned },
  ].filter((d) => d.value);

  return (
    <div lang={locale}>
      <AuthCard title={title} description={t("intro", { name: info.assigneeName, org: info.orgName })}>
        {details.length > 0 && (
          <dl className="mb-4 space-y-2 text-sm">
            {details.map((d) => (
              <div key={d.label}>
                <dt className="text-xs text-zinc-500">{d.label}</dt>
                <dd className="whitespace-pre-line">{d.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {info.state === "answered" ? (
          <Notice>
            {t(info.response === "accepted" ? "alreadyAccepted" : "alreadyRejected", { date: info.respondedAt ? when(info.respondedAt) : "" })}
          </Notice>
        ) : (
          <RespondForm
            action={respondAction.bind(null, token, response)}
            label={t(response === "accepted" ? "acceptButton" : "rejectButton")}
            danger={response === "rejected"}
          />
        )}
      </AuthCard>
    </div>
  );
}
