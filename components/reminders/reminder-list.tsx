import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { MyReminder } from "@/lib/reminders/list-my-reminders";

/** One section of the reminders page: each reminder's due time, text, customer, and whether it is for me, by me, or dismissed. */
export async function ReminderList({ orgSlug, rows, empty }: { orgSlug: string; rows: MyReminder[]; empty: string }) {
  const t = await getTranslations("reminders.list");
  const format = await getFormatter();
  if (rows.length === 0) return <p className="px-4 py-6 text-sm text-zinc-500">{empty}</p>;
  return (
    <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
      {rows.map((r) => (
        <li key={r.id} className="px-4 py-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/${orgSlug}/reminders/${r.id}`} className="font-medium hover:underline">
              {format.dateTime(r.dueAt, { dateStyle: "medium", timeStyle: "short" })}
            </Link>
            {r.forMe && <Badge tone="accent">{t("forMe")}</Badge>}
            {r.mine && <Badge>{t("byMe")}</Badge>}
            {r.dismissedAt && <Badge>{t("dismissed")}</Badge>}
            {r.customerName && r.customerId && (
              <Link href={`/${orgSlug}/customers/${r.customerId}`} className="text-zinc-500 hover:underline">
                {r.customerName}
              </Link>
            )}
            {!r.mine && r.createdByName && <span className="text-zinc-500">{t("from", { name: r.createdByName })}</span>}
          </div>
          <p className="mt-1 line-clamp-2 break-words whitespace-pre-wrap">{r.body}</p>
        </li>
      ))}
    </ul>
  );
}
