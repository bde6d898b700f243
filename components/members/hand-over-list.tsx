"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { HandOver } from "@/lib/members/list-hand-over";

/** What someone who left was responsible for, linked, so it can be passed on (SPEC T8). */
export function HandOverList({ orgSlug, handOver }: { orgSlug: string; handOver: HandOver }) {
  const t = useTranslations("members.employment");
  const base = `/${encodeURIComponent(orgSlug)}`;
  const empty = handOver.customers.length === 0 && handOver.openRecords.length === 0;
  return (
    <section aria-label={t("handOverTitle")} className="space-y-2">
      <h3 className="text-sm font-semibold">{t("handOverTitle")}</h3>
      {empty && <p className="text-sm text-zinc-500">{t("handOverNone")}</p>}
      {handOver.customers.length > 0 && (
        <div>
          <h4 className="text-xs font-medium uppercase text-zinc-500">{t("handOverCustomers")}</h4>
          <ul className="mt-1 space-y-0.5 text-sm">
            {handOver.customers.map((c) => (
              <li key={c.id}>
                <Link href={`${base}/customers/${c.id}`} className="font-medium underline-offset-2 hover:underline">
                  {c.name}
                </Link>{" "}
                <span className="text-zinc-500">({c.roles.map((role) => t(`roles.${role}`)).join(", ")})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {handOver.openRecords.length > 0 && (
        <div>
          <h4 className="text-xs font-medium uppercase text-zinc-500">{t("handOverRecords")}</h4>
          <ul className="mt-1 space-y-0.5 text-sm">
            {handOver.openRecords.map((r) => (
              <li key={r.id}>
                <Link href={`${base}/service/${r.id}`} className="underline-offset-2 hover:underline">
                  {t("recordLabel", { number: r.number, subject: r.subject })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
