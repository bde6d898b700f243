import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge, Card, CardHeader } from "@/components/ui/card";
import type { getCustomer } from "@/lib/customers/get-customer";
import type { CustomerChoices, ParentOption } from "../form/options";
import { formatPhone } from "@/lib/fields/format-phone";

type CustomerRecord = Awaited<ReturnType<typeof getCustomer>>;

const linkClass = "text-accent-700 hover:underline dark:text-accent-500";

/** Every field of the record (SPEC C2); empty ones show a dash so the layout never shifts. */
export async function CustomerDetails({
  orgSlug,
  customer: c,
  parent,
  choices: { members, regions, tags },
}: {
  orgSlug: string;
  customer: CustomerRecord;
  parent: ParentOption | null;
  choices: CustomerChoices;
}) {
  const t = await getTranslations("customer");
  const types = await getTranslations("customerTypes");
  const lifecycle = await getTranslations("lifecycle");
  const format = await getFormatter();
  const memberName = (id: string | null) => {
    const member = id ? members.find((m) => m.id === id) : undefined;
    return member?.left ? t("repLeft", { name: member.name }) : member?.name;
  };
  const region = c.regionId ? regions.find((r) => r.id === c.regionId)?.label : undefined;
  const tagLabels = c.tagIds.flatMap((id) => tags.find((tag) => tag.id === id)?.label ?? []);

  const rows: [label: string, value: ReactNode, wide?: boolean][] = [
    [t("fields.type"), types(c.type)],
    [t("fields.status"), lifecycle(c.status)],
    [t("fields.accountCode"), c.accountCode],
    [
      t("fields.parentId"),
      parent && (
        <Link href={`/${orgSlug}/customers/${parent.id}`} className={linkClass}>
          {parent.name}
        </Link>
      ),
    ],
    // Orgs without a region list never see the row (the form hides the field too).
    ...(regions.length > 0 || region ? [[t("fields.regionId"), region] as [string, ReactNode]] : []),
    [t("fields.taxId"), c.taxId && <span className="tabular-nums">{c.taxId}</span>],
    [
      t("fields.email"),
      c.email && (
        <a href={`mailto:${c.email}`} className={`${linkClass} break-all`}>
          {c.email}
        </a>
      ),
    ],
    [
      t("fields.phone"),
      c.phone && (
        <a href={`tel:${c.phone}`} className={linkClass}>
          {formatPhone(c.phone)}
        </a>
      ),
    ],
    [
      t("fields.workPhone"),
      c.workPhone && (
        <a href={`tel:${c.workPhone}`} className={linkClass}>
          {formatPhone(c.workPhone)}
        </a>
      ),
    ],
    [
      t("fields.website"),
      c.website && (
        <a href={c.website} target="_blank" rel="noopener noreferrer" className={`${linkClass} break-all`}>
          {c.website.replace(/^https?:\/\//, "")}
        </a>
      ),
    ],
    [t("fields.salesRepId"), memberName(c.salesRepId)],
    [t("fields.supportRepId"), memberName(c.supportRepId)],
    [t("fields.referral"), c.referral],
    [
      t("fields.tagIds"),
      tagLabels.length > 0 && (
        <span className="flex flex-wrap gap-1">
          {tagLabels.map((label) => (
            <Badge key={label} tone="neutral">
              {label}
            </Badge>
          ))}
        </span>
      ),
    ],
    [t("fields.createdAt"), format.dateTime(new Date(c.createdAt), { dateStyle: "medium" })],
    [t("fields.address"), c.address && <span className="whitespace-pre-line">{c.address}</span>, true],
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
