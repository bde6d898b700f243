import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge, Card, CardHeader } from "@/components/ui/card";
import type { ServiceRecordView } from "@/lib/service/get-service-record";

const TONE = { pending: "neutral", accepted: "accent", rejected: "danger" } as const;

/** Who is assigned, how each answered, and their times on site (SPEC S3/S4). */
export async function AssigneesCard({ assignees, editor }: { assignees: ServiceRecordView["assignees"]; editor?: ReactNode }) {
  const t = await getTranslations("service.record");
  const responses = await getTranslations("service.responses");
  const format = await getFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" });
  return (
    <Card>
      <CardHeader title={t("sections.assignees")} actions={editor} />
      {assignees.length === 0 ? (
        <p className="px-4 py-3 text-sm text-zinc-500">{t("noAssignees")}</p>
      ) : (
        <ul aria-label={t("assigneesLabel")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {assignees.map((a) => (
            <li key={a.userId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5 text-sm">
              <div className="min-w-0">
                <p className="font-medium">{a.name}</p>
                {(a.respondedAt || a.checkInAt) && (
                  <p className="text-xs text-zinc-500">
                    {a.respondedAt && t("respondedAt", { at: when(a.respondedAt) })}
                    {a.respondedAt && a.checkInAt && " · "}
                    {a.checkInAt && t("checkIn", { from: when(a.checkInAt) })}
                    {a.checkOutAt && ` ${t("checkOut", { to: when(a.checkOutAt) })}`}
                  </p>
                )}
              </div>
              <Badge tone={TONE[a.response]}>{responses(a.response)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
