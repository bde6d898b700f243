import { ChevronLeft, Pencil } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { ServiceRecordView } from "@/lib/service/get-service-record";
import { StatusActions } from "./status-actions";
import { StatusBadge } from "./status-badge";

export async function RecordHeader({ orgSlug, record, canUpdate }: { orgSlug: string; record: ServiceRecordView; canUpdate: boolean }) {
  const t = await getTranslations("service.record");
  return (
    <div className="mb-6">
      <Link
        href={`/${orgSlug}/service`}
        className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200"
      >
        <ChevronLeft className="size-4" aria-hidden />
        {t("backToList")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight break-words">
            <span className="text-zinc-500 tabular-nums">#{record.number}</span> {record.subject}
          </h1>
          <div className="mt-1.5 flex flex-wrap items-center gap-2 text-sm text-zinc-500">
            <StatusBadge status={record.status} />
            {record.customer && (
              <Link href={`/${orgSlug}/customers/${record.customer.id}`} className="text-accent-700 hover:underline dark:text-accent-500">
                {record.customer.name}
              </Link>
            )}
            {record.priority && <span>· {record.priority}</span>}
          </div>
        </div>
        {canUpdate && (
          <div className="flex flex-wrap gap-2">
            <StatusActions orgSlug={orgSlug} recordId={record.id} nextStatuses={record.nextStatuses} />
            <Link href={`/${orgSlug}/service/${record.id}/edit`} className={buttonClass("secondary")}>
              <Pencil className="size-4" aria-hidden />
              {t("edit")}
            </Link>
          </div>
        )}
      </div>
    </div>
  );
}
