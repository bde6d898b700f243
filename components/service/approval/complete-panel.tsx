"use client";

import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Textarea } from "@/components/customers/form/textarea";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MoneyInput } from "@/components/ui/money-input";
import { completeServiceAction } from "@/lib/approval/actions";
import type { ApprovalState } from "@/lib/approval/get-approval-state";
import { completeSchema } from "@/lib/service/schemas";
import type { ServiceStatus } from "@/lib/service/status";

type PanelRecord = { id: string; status: ServiceStatus; reportTo: string | null; result: string | null; fee: string | null };

/**
 * SPEC S5/S6 on the record page: "Complete" sends the report (to the contact's or else the
 * company's e-mail unless another is typed); afterwards the panel says where the link went, until when it works, and —
 * once the customer approved — their score and comment.
 */
export function CompletePanel({
  orgSlug,
  record,
  approval,
  canComplete,
  currency,
}: {
  orgSlug: string;
  record: PanelRecord;
  approval: ApprovalState | null;
  canComplete: boolean;
  /** The org's currency, for the fee. */
  currency: string;
}) {
  const t = useTranslations("approval.panel");
  if (record.status === "cancelled") return null;
  return (
    <Card>
      <CardHeader title={t("title")} />
      <div className="p-4 text-sm">
        {record.status === "in_progress" ? (
          canComplete ? (
            <CompleteForm orgSlug={orgSlug} record={record} currency={currency} />
          ) : (
            <p className="text-zinc-500">{t("noLink")}</p>
          )
        ) : record.status === "new" || record.status === "assigned" ? (
          <p className="text-zinc-500">{t("notYet")}</p>
        ) : (
          <ApprovalStatus status={record.status} approval={approval} />
        )}
      </div>
    </Card>
  );
}

function CompleteForm({ orgSlug, record, currency }: { orgSlug: string; record: PanelRecord; currency: string }) {
  const t = useTranslations("approval.panel");
  const defaults = { id: record.id, email: record.reportTo ?? "", result: record.result ?? "", fee: record.fee ?? "" };
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: completeSchema,
    defaultValues: defaults,
    action: (values) => completeServiceAction(orgSlug, values),
    onSuccess: (done) => toast.success(t("completed", { email: done.reportEmail })),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("email")} hint={t("emailHint")} error={errorKey(errors.email)}>
        <Input type="email" autoComplete="off" {...form.register("email")} />
      </Field>
      <Field label={t("result")} error={errorKey(errors.result)}>
        <Textarea rows={4} {...form.register("result")} />
      </Field>
      <Field label={t("fee")} error={errorKey(errors.fee)}>
        <MoneyInput currency={currency} className="max-w-40" {...form.register("fee")} />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" pending={pending}>
          {t("complete")}
        </Button>
      </div>
    </form>
  );
}

function ApprovalStatus({ status, approval }: { status: ServiceStatus; approval: ApprovalState | null }) {
  const t = useTranslations("approval.panel");
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const link = approval?.link;
  const approved = status === "approved" || status === "closed";
  return (
    <div className="space-y-2">
      {link ? <p>{t("sentTo", { email: link.email, date: when(link.sentAt) })}</p> : <p className="text-zinc-500">{t("noLink")}</p>}
      {status === "completed" && link && (
        <>
          <p className="text-zinc-500">
            {link.expired ? t("expired", { date: when(link.expiresAt) }) : t("expires", { date: when(link.expiresAt) })}
          </p>
          <p className="font-medium">{t("waiting")}</p>
        </>
      )}
      {approved && approval?.approvedAt && (
        <>
          <p className="font-medium">{t("approved", { date: when(approval.approvedAt) })}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-zinc-500">{t("score")}</dt>
            <dd className="font-semibold tabular-nums">{approval.score}/10</dd>
            <dt className="text-zinc-500">{t("comment")}</dt>
            <dd className="whitespace-pre-line">{approval.comment ?? <span className="text-zinc-500">{t("noComment")}</span>}</dd>
          </dl>
        </>
      )}
    </div>
  );
}
