import { ChevronLeft, Download } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CIVIL_DATE_FORMAT, civilDateValue } from "@/components/contracts/contract-dates";
import { ContractActions } from "@/components/contracts/contract-actions";
import { ContractFileUpload } from "@/components/contracts/contract-file-upload";
import { ContractStateBadge } from "@/components/contracts/contract-state-badge";
import { AccessDenied } from "@/components/shell/access-denied";
import { PolicySection } from "@/components/sla/policy-section";
import { Card, CardHeader } from "@/components/ui/card";
import { FileSize } from "@/components/ui/file-size";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { now } from "@/lib/clock";
import { todayIn } from "@/lib/contracts/today";
import { can } from "@/lib/permissions/can";
import { loadContract } from "./load-contract";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(() => loadContract(org, id));
  return { title: loaded.denied ? (await getTranslations("errors"))("deniedTitle") : loaded.data.contract.name };
}

/** SPEC K1: a contract's details, file and renewal history, with Edit, Terminate and Delete. */
export default async function ContractPage({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(() => loadContract(org, id));
  if (loaded.denied) return <AccessDenied />;
  const { ctx, contract } = loaded.data;
  const t = await getTranslations("contracts");
  const format = await getFormatter();
  const slug = ctx.org.slug;
  const date = (value: string | null, empty: string) => (value ? format.dateTime(civilDateValue(value), CIVIL_DATE_FORMAT) : empty);
  const rows: [string, string][] = [
    [t("fields.type"), contract.typeLabel],
    [t("fields.startsOn"), date(contract.startsOn, t("notStarted"))],
    [t("fields.endsOn"), date(contract.endsOn, t("openEnded"))],
    [t("fields.renewalMonths"), contract.renewalMonths ? t("detail.months", { count: contract.renewalMonths }) : t("detail.notRenewable")],
    [t("fields.noticeDays"), t("detail.days", { count: contract.noticeDays })],
    [t("detail.notifyBefore"), t("detail.days", { count: contract.notifyBeforeDays })],
    [t("detail.notifyAfter"), t("detail.days", { count: contract.notifyAfterDays })],
    [t("fields.autoRenew"), contract.autoRenew ? t("detail.yes") : t("detail.no")],
    ...(contract.terminatedOn ? ([[t("detail.terminatedOn"), date(contract.terminatedOn, "")]] as [string, string][]) : []),
    ...(contract.terminationReason ? ([[t("detail.reason"), contract.terminationReason]] as [string, string][]) : []),
  ];
  return (
    <>
      <div className="mb-6">
        <Link
          href={`/${slug}/contracts`}
          className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200"
        >
          <ChevronLeft className="size-4" aria-hidden />
          {t("detail.back")}
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-xl font-semibold tracking-tight break-words">{contract.name}</h1>
            <div className="mt-1.5 flex flex-wrap items-center gap-2 text-sm text-zinc-500">
              <ContractStateBadge state={contract.state} />
              <Link href={`/${slug}/customers/${contract.customerId}`} className="hover:underline">
                {contract.customerName}
              </Link>
            </div>
          </div>
          <ContractActions
            orgSlug={slug}
            contract={{ id: contract.id, version: contract.version, terminated: !!contract.terminatedOn }}
            today={todayIn(ctx.org.timeZone, now())}
            can={{
              update: can(ctx.actor, "contracts.update"),
              terminate: can(ctx.actor, "contracts.terminate"),
              delete: can(ctx.actor, "contracts.delete"),
            }}
          />
        </div>
      </div>
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card>
          <CardHeader title={t("detail.details")} />
          <dl className="grid grid-cols-1 gap-x-4 gap-y-3 p-4 text-sm sm:grid-cols-2">
            {rows.map(([label, value]) => (
              <div key={label} className="min-w-0">
                <dt className="text-xs font-medium text-zinc-500">{label}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
          {contract.description && (
            <p className="border-t border-zinc-100 px-4 py-3 text-sm whitespace-pre-wrap dark:border-zinc-800">{contract.description}</p>
          )}
        </Card>
        <div className="space-y-6">
          <PolicySection ctx={ctx} contractId={contract.id} />
          <Card>
            <CardHeader title={t("detail.file")} />
            <div className="space-y-4 p-4 text-sm">
              {contract.fileName ? (
                <a
                  href={`/${slug}/contracts/${contract.id}/file`}
                  className="inline-flex items-center gap-2 font-medium text-accent-700 hover:underline dark:text-accent-500"
                >
                  <Download className="size-4" aria-hidden />
                  {t("detail.download", { name: contract.fileName })}
                  {contract.fileSize !== null && (
                    <span className="text-zinc-500">
                      (<FileSize bytes={contract.fileSize} />)
                    </span>
                  )}
                </a>
              ) : (
                <p className="text-zinc-500">{t("detail.noFile")}</p>
              )}
              {can(ctx.actor, "contracts.update") && <ContractFileUpload orgSlug={slug} contractId={contract.id} />}
            </div>
          </Card>
          <Card>
            <CardHeader title={t("detail.history")} />
            {contract.chain.length <= 1 ? (
              <p className="px-4 py-3 text-sm text-zinc-500">{t("detail.historyEmpty")}</p>
            ) : (
              <ol aria-label={t("detail.history")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {contract.chain.map((term) => (
                  <li key={term.id} className="flex flex-wrap items-center gap-2 px-4 py-2 text-sm">
                    {term.id === contract.id ? (
                      <span className="font-medium" aria-current="page">
                        {term.name} ({t("detail.thisTerm")})
                      </span>
                    ) : (
                      <Link href={`/${slug}/contracts/${term.id}`} className="font-medium hover:underline">
                        {term.name}
                      </Link>
                    )}
                    <span className="text-zinc-500">
                      {date(term.startsOn, t("notStarted"))} – {date(term.endsOn, t("openEnded"))}
                    </span>
                    <ContractStateBadge state={term.state} />
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
