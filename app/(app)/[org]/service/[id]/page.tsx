import { getTranslations } from "next-intl/server";
import { CompletePanel } from "@/components/service/approval/complete-panel";
import { RecordPlanCard } from "@/components/plans/record-plan-card";
import { SlaCard } from "@/components/sla/sla-card";
import { AssigneesCard } from "@/components/service/record/assignees-card";
import { AssigneesEditor } from "@/components/service/record/assignees-editor";
import { loadServiceRecord } from "@/components/service/record/load-service-record";
import { RecordDetails } from "@/components/service/record/record-details";
import { RecordHeader } from "@/components/service/record/record-header";
import { RecordThreadSection } from "@/components/service/thread/record-thread-section";
import { RecordTimerSection } from "@/components/service/timer/record-timer-section";
import { AccessDenied } from "@/components/shell/access-denied";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getApprovalState } from "@/lib/approval/get-approval-state";
import { can } from "@/lib/permissions/can";
import { listAssigneeOptions } from "@/lib/service/list-assignee-options";
import { OPEN_STATUSES } from "@/lib/service/status";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(() => loadServiceRecord(org, id));
  if (loaded.denied) return { title: (await getTranslations("errors"))("deniedTitle") };
  const { record } = loaded.data;
  return { title: (await getTranslations("service.record"))("title", { number: record.number, subject: record.subject }) };
}

/**
 * SPEC S1–S7 on one page: the record and its status moves, then the panels of the other service
 * modules — the timer (S3), the completion and approval panel (S5/S6) and the thread (S4).
 */
export default async function ServiceRecordPage({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(() => loadServiceRecord(org, id));
  if (loaded.denied) return <AccessDenied />;
  const { ctx, record } = loaded.data;
  const slug = ctx.org.slug;
  const canAssign = can(ctx.actor, "serviceRecords.assign") && OPEN_STATUSES.includes(record.status);
  const [approval, members] = await Promise.all([
    getApprovalState(ctx, { id: record.id }),
    canAssign ? listAssigneeOptions(ctx, { customerId: record.customerId }) : null,
  ]);
  return (
    <>
      <RecordHeader orgSlug={slug} record={record} canUpdate={can(ctx.actor, "serviceRecords.update")} />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <RecordDetails orgSlug={slug} record={record} currency={ctx.org.currency} />
          <CompletePanel
            orgSlug={slug}
            record={{ id: record.id, status: record.status, reportTo: record.reportTo, result: record.result, fee: record.fee }}
            approval={approval}
            canComplete={can(ctx.actor, "serviceRecords.update")}
            currency={ctx.org.currency}
          />
          <RecordThreadSection ctx={ctx} recordId={record.id} />
        </div>
        <div className="space-y-6">
          <SlaCard ctx={ctx} recordId={record.id} />
          <RecordPlanCard ctx={ctx} recordId={record.id} />
          <RecordTimerSection ctx={ctx} recordId={record.id} />
          <AssigneesCard
            assignees={record.assignees}
            editor={
              members && <AssigneesEditor orgSlug={slug} recordId={record.id} members={members} assigned={record.assignees.map((a) => a.userId)} />
            }
          />
        </div>
      </div>
    </>
  );
}
