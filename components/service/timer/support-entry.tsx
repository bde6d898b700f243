"use client";

import { Play, Square } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { errorKey, useActionErrors, useActionForm } from "@/components/forms/use-action-form";
import { Textarea } from "@/components/customers/form/textarea";
import { type CustomerOption, CustomerPicker } from "@/components/service/form/customer-picker";
import { CustomerSummary } from "@/components/service/form/customer-summary";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { getSupportCustomerAction, saveSupportEntryAction, startSupportEntryAction } from "@/lib/time-entries/actions";
import type { SupportCustomer } from "@/lib/time-entries/get-support-customer";
import type { SupportEntryDraft } from "@/lib/time-entries/get-support-entry";
import { SUPPORT_STATUSES, saveSupportEntrySchema } from "@/lib/time-entries/schemas";
import { LiveDuration } from "./live-duration";
import { SupportHistory } from "./support-history";
import { useTimerControls } from "./use-timer-actions";

type Draft = { recordId: string; number: number };
type Option = { id: string; label: string };

/**
 * Seed 000 "Destek": phone and remote support. Choosing the customer shows who they are and their
 * earlier records, and starts the clock at once — a draft record is opened for it (its id goes in
 * the URL, so a reload resumes it). Start/Stop control the clock; Save stops it and files the
 * typed fields into the record. An abandoned draft stays in the Service list as an open record.
 */
export function SupportEntry({
  orgSlug,
  serviceTypes,
  initial,
}: {
  orgSlug: string;
  serviceTypes: Option[];
  /** A draft reopened from the URL, with its customer's details. */
  initial: { draft: SupportEntryDraft; customer: SupportCustomer } | null;
}) {
  const t = useTranslations("timer.support");
  const toasts = useTranslations("timer.toasts");
  const router = useRouter();
  const pathname = usePathname();
  const showErrors = useActionErrors();
  const controls = useTimerControls(orgSlug);

  const [customer, setCustomer] = useState<CustomerOption | null>(initial?.draft.customer ?? null);
  const [details, setDetails] = useState<SupportCustomer | null>(initial?.customer ?? null);
  const [loading, setLoading] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(initial ? { recordId: initial.draft.recordId, number: initial.draft.number } : null);
  const [runningSince, setRunningSince] = useState<string | null>(initial?.draft.runningSince ?? null);
  const [opening, setOpening] = useState(false);
  // Set synchronously, so a second pick while the first draft is being opened cannot open another.
  const draftRequested = useRef(initial !== null);

  const blank = {
    id: "",
    version: 1,
    customerId: "",
    contactId: "",
    serviceTypeId: "",
    subject: "",
    description: "",
    result: "",
    status: "in_progress" as const,
  };
  const fromDraft = (d: SupportEntryDraft) => ({
    id: d.recordId,
    version: d.version,
    customerId: d.customer.id,
    contactId: d.contactId ?? "",
    serviceTypeId: d.serviceTypeId ?? "",
    subject: d.subject,
    description: d.description ?? "",
    result: d.result ?? "",
    status: "in_progress" as const,
  });

  const { form, onSubmit, errors, pending } = useActionForm({
    schema: saveSupportEntrySchema,
    defaultValues: initial ? fromDraft(initial.draft) : blank,
    action: (values) => saveSupportEntryAction(orgSlug, values),
    onSuccess: (data) => {
      toast.success(t("saved", { number: data.number }));
      setCustomer(null);
      setDetails(null);
      setDraft(null);
      setRunningSince(null);
      draftRequested.current = false;
      form.reset(blank);
      router.replace(pathname);
    },
  });

  const openDraft = async (option: CustomerOption, subject: string) => {
    setOpening(true);
    const result = await startSupportEntryAction(orgSlug, { customerId: option.id, subject, serviceTypeId: form.getValues("serviceTypeId") });
    setOpening(false);
    if (!result.ok) {
      draftRequested.current = false;
      return showErrors(result);
    }
    const { recordId, number, version, startedAt, switchedFrom } = result.data;
    setDraft({ recordId, number });
    setRunningSince(startedAt);
    form.setValue("id", recordId);
    form.setValue("version", version);
    toast.success(switchedFrom ? toasts("switched", { from: switchedFrom.number, to: number }) : toasts("started", { number }));
    router.replace(`${pathname}?record=${recordId}`);
  };

  const chooseCustomer = async (option: CustomerOption | null) => {
    setCustomer(option);
    form.setValue("customerId", option?.id ?? "");
    form.setValue("contactId", "");
    if (!option) return setDetails(null);
    setLoading(true);
    const placeholder = t("subjectPlaceholder", { customer: option.name });
    if (!form.getValues("subject") || !form.formState.dirtyFields.subject) form.setValue("subject", placeholder);
    // The clock starts the moment the customer is chosen — only once per entry.
    const openNow = !draftRequested.current;
    draftRequested.current = true;
    const [loaded] = await Promise.all([
      getSupportCustomerAction(orgSlug, { customerId: option.id }),
      openNow ? openDraft(option, form.getValues("subject") || placeholder) : null,
    ]);
    setLoading(false);
    if (loaded.ok) setDetails(loaded.data);
    else showErrors(loaded);
  };

  const start = async () => {
    if (!draft) return;
    const data = await controls.start(draft.recordId, draft.number);
    if (data) setRunningSince(data.startedAt);
  };
  const stop = async () => {
    if (!draft) return;
    if (await controls.stop(draft.recordId)) setRunningSince(null);
  };

  return (
    <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <Card>
        <CardHeader title={draft ? t("draftTitle", { number: draft.number }) : t("formTitle")} description={t("hint")} />
        <form onSubmit={onSubmit} noValidate className="space-y-4 p-4">
          <Field label={t("customer")} error={errorKey(errors.customerId)}>
            <CustomerPicker orgSlug={orgSlug} value={customer} onChange={chooseCustomer} />
          </Field>
          <CustomerSummary customer={details} loading={loading} />

          <div className="flex flex-wrap items-center gap-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-800" aria-live="polite">
            {runningSince ? (
              <Button variant="danger" onClick={stop} pending={controls.pending === "stop"}>
                <Square className="size-4" aria-hidden />
                {t("stop")}
              </Button>
            ) : (
              <Button variant="secondary" onClick={start} disabled={!draft} pending={controls.pending === "start" || opening}>
                <Play className="size-4" aria-hidden />
                {t("start")}
              </Button>
            )}
            <span role="timer" className="font-mono text-2xl font-semibold tabular-nums">
              {runningSince ? <LiveDuration running={[runningSince]} clock /> : <span className="text-zinc-300 dark:text-zinc-600">00:00</span>}
            </span>
            <span className="text-sm text-zinc-500">{draft ? (runningSince ? t("running") : t("paused")) : t("waiting")}</span>
          </div>

          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t("contact")} error={errorKey(errors.contactId)}>
              <Select {...form.register("contactId")} disabled={!details}>
                <option value="">{t("noContact")}</option>
                {details?.contacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("serviceType")} error={errorKey(errors.serviceTypeId)}>
              <Select {...form.register("serviceTypeId")}>
                <option value="">{t("noType")}</option>
                {serviceTypes.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field label={t("subject")} error={errorKey(errors.subject)}>
            <Input {...form.register("subject")} maxLength={300} />
          </Field>
          <Field label={t("request")} error={errorKey(errors.description)}>
            <Textarea rows={3} {...form.register("description")} />
          </Field>
          <Field label={t("result")} error={errorKey(errors.result)}>
            <Textarea rows={4} {...form.register("result")} />
          </Field>
          <Field label={t("status")} hint={t("completeHint")} error={errorKey(errors.status)}>
            <Select {...form.register("status")}>
              {SUPPORT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </Select>
          </Field>
          <div className="flex flex-wrap items-center justify-end gap-3">
            {draft && (
              <Link href={`/${orgSlug}/service/${draft.recordId}`} className="text-sm text-accent-700 hover:underline dark:text-accent-500">
                {t("openRecord", { number: draft.number })}
              </Link>
            )}
            <Button type="submit" pending={pending} disabled={!draft}>
              {t("save")}
            </Button>
          </div>
        </form>
      </Card>
      <SupportHistory orgSlug={orgSlug} customer={details} currentId={draft?.recordId ?? null} />
    </div>
  );
}
