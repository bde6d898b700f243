import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatPhone } from "@/lib/fields/format-phone";
import { Card, CardHeader } from "@/components/ui/card";
import type { ServiceRecordView } from "@/lib/service/get-service-record";

const linkClass = "text-accent-700 hover:underline dark:text-accent-500";

/** Every field of the record (SPEC S1); empty ones show a dash so the layout never shifts. */
export async function RecordDetails({ orgSlug, record: r, currency }: { orgSlug: string; record: ServiceRecordView; currency: string }) {
  const t = await getTranslations("service.record");
  const format = await getFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const range = (from: string | null, to: string | null) =>
    from && to
      ? format.dateTimeRange(new Date(from), new Date(to), { dateStyle: "medium", timeStyle: "short" })
      : from
        ? when(from)
        : to
          ? when(to)
          : null;
  const reach = (p: { email: string | null; phone: string | null }) => (
    <span className="block text-xs text-zinc-500">
      {[
        p.phone && (
          <a key="phone" href={`tel:${p.phone}`} className={linkClass}>
            {formatPhone(p.phone)}
          </a>
        ),
        p.email && (
          <a key="email" href={`mailto:${p.email}`} className={`${linkClass} break-all`}>
            {p.email}
          </a>
        ),
      ]
        .filter(Boolean)
        .flatMap((node, i) => (i ? [" · ", node] : [node]))}
    </span>
  );

  const rows: [label: string, value: ReactNode, wide?: boolean][] = [
    [
      t("fields.customer"),
      r.customer && (
        <>
          <Link href={`/${orgSlug}/customers/${r.customer.id}`} className={linkClass}>
            {r.customer.name}
          </Link>
          <span className="block text-xs text-zinc-500">{[r.customer.accountCode, r.customer.region].filter(Boolean).join(" · ")}</span>
          {reach(r.customer)}
        </>
      ),
    ],
    [
      t("fields.contact"),
      r.contact && (
        <>
          {r.contact.name}
          {reach(r.contact)}
        </>
      ),
    ],
    [t("fields.serviceType"), r.serviceType],
    [t("fields.priority"), r.priority],
    [t("fields.requestDate"), format.dateTime(new Date(`${r.requestDate}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })],
    [t("fields.planned"), range(r.plannedStart, r.plannedEnd)],
    [t("fields.actual"), range(r.actualStart, r.actualEnd)],
    [t("fields.fee"), r.fee && format.number(Number(r.fee), { style: "currency", currency })],
    [t("fields.product"), r.product && [r.product.name, r.product.code].filter(Boolean).join(" · ")],
    [t("fields.createdBy"), r.createdBy && `${r.createdBy.name ?? ""} · ${when(r.createdAt)}`],
    [t("fields.description"), r.description && <span className="whitespace-pre-line">{r.description}</span>, true],
    [t("fields.result"), r.result && <span className="whitespace-pre-line">{r.result}</span>, true],
    [t("fields.internalNote"), r.internalNote && <span className="whitespace-pre-line">{r.internalNote}</span>, true],
    ...(r.approvalScore !== null
      ? ([
          [t("fields.score"), t("scoreOf", { score: r.approvalScore })],
          [t("fields.comment"), r.approvalComment && <span className="whitespace-pre-line">{r.approvalComment}</span>],
        ] as [string, ReactNode][])
      : []),
  ];

  return (
    <Card>
      <CardHeader title={t("sections.details")} />
      <dl className="grid gap-x-6 gap-y-3 p-4 text-sm sm:grid-cols-2">
        {rows.map(([label, value, wide]) => (
          <div key={label} className={wide ? "sm:col-span-2" : undefined}>
            <dt className="text-xs font-medium text-zinc-500">{label}</dt>
            <dd className="mt-0.5 break-words">{value || <span className="text-zinc-400">{t("empty")}</span>}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
