import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RetryJobButton } from "@/components/jobs/retry-job-button";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listJobFailures } from "@/lib/jobs/list-job-failures";
import { listRecentJobs } from "@/lib/jobs/list-recent-jobs";
import { getOrgContext } from "@/lib/orgs/get-org-context";

export async function generateMetadata() {
  return { title: (await getTranslations("jobs"))("title") };
}

const STATES = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;
type State = (typeof STATES)[number];
const asState = (state: string): State => ((STATES as readonly string[]).includes(state) ? (state as State) : "created");

/** Settings → Background jobs (issue 11, G4): the org's dead letters with Retry, and its latest jobs. Admins only. */
export default async function BackgroundJobsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ before?: string }>;
}) {
  const [ctx, { before }] = await Promise.all([params.then((p) => getOrgContext(p.org)), searchParams]);
  const loaded = await loadOrDeny(async () => ({ failures: await listJobFailures(ctx, { before }), recent: await listRecentJobs(ctx) }));
  if (loaded.denied) return <AccessDenied />;
  const { failures, recent } = loaded.data;
  const t = await getTranslations("jobs");
  const format = await getFormatter();
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="mx-auto max-w-5xl">
      <Link
        href={`/${ctx.org.slug}/settings`}
        className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200"
      >
        <ChevronLeft className="size-4" aria-hidden />
        {(await getTranslations("settings"))("title")}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="overflow-hidden">
        <CardHeader title={t("failures.title")} />
        {failures.rows.length === 0 ? (
          <EmptyState title={t("failures.empty")} />
        ) : (
          <Table label={t("failures.title")}>
            <thead>
              <tr>
                <Th>{t("failures.queue")}</Th>
                <Th>{t("failures.error")}</Th>
                <Th>{t("failures.attempts")}</Th>
                <Th>{t("failures.failedAt")}</Th>
                <Th>{t("failures.status")}</Th>
              </tr>
            </thead>
            <tbody>
              {failures.rows.map((row) => (
                <tr key={row.id}>
                  <Td className="font-mono text-xs">{row.queue}</Td>
                  <Td className="max-w-xs break-words text-xs">{row.lastError}</Td>
                  <Td>{row.attempts}</Td>
                  <Td className="whitespace-nowrap">{when(row.failedAt)}</Td>
                  <Td>
                    {row.retriedAt ? (
                      <Badge tone="accent">{t("failures.retried", { at: when(row.retriedAt) })}</Badge>
                    ) : (
                      <div className="flex flex-wrap items-center gap-2">
                        <Badge tone="danger">{t("failures.notRetried")}</Badge>
                        <RetryJobButton orgSlug={ctx.org.slug} failureId={row.id} queue={row.queue} />
                      </div>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {failures.before && (
          <div className="p-4">
            <Link href={`/${ctx.org.slug}/settings/jobs?before=${encodeURIComponent(failures.before)}`} className={buttonClass("secondary", "sm")}>
              {t("failures.loadMore")}
            </Link>
          </div>
        )}
      </Card>
      <Card className="mt-6 overflow-hidden">
        <CardHeader title={t("recent.title")} />
        {recent.length === 0 ? (
          <EmptyState title={t("recent.empty")} />
        ) : (
          <Table label={t("recent.title")}>
            <thead>
              <tr>
                <Th>{t("failures.queue")}</Th>
                <Th>{t("recent.state")}</Th>
                <Th>{t("failures.attempts")}</Th>
                <Th>{t("recent.created")}</Th>
              </tr>
            </thead>
            <tbody>
              {recent.map((job) => (
                <tr key={job.id}>
                  <Td className="font-mono text-xs">{job.queue}</Td>
                  <Td>{t(`recent.states.${asState(job.state)}`)}</Td>
                  <Td>{job.retryCount + 1}</Td>
                  <Td className="whitespace-nowrap">{when(job.createdOn)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
