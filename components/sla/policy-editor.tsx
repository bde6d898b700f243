"use client";

import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { toast } from "sonner";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { SlaEscalationRule, SlaTargets } from "@/lib/sla/editor-types";
import { setSlaPolicyAction } from "@/lib/sla/actions";
import { SLA_ESCALATION_ACTIONS, slaPolicySchema, type SlaPolicyInput } from "@/lib/sla/schemas";

type Option = { id: string; label: string };

/** Statuses a clock may stand still in: the open ones (a finished record's clock has stopped anyway). */
const PAUSABLE = ["new", "assigned", "in_progress", "waiting_for_customer", "waiting_for_parts"] as const;

const isPausable = (s: string): s is (typeof PAUSABLE)[number] => (PAUSABLE as readonly string[]).includes(s);

const hoursAndMinutes = (total: number | null | undefined) =>
  total === null || total === undefined ? { hours: "", minutes: "" } : { hours: String(Math.floor(total / 60)), minutes: String(total % 60) };

export type PolicyEditorProps = {
  orgSlug: string;
  contractId: string;
  policy: {
    version: number;
    calendarId: string;
    targets: Record<string, SlaTargets>;
    pauseStatuses: string[];
    warnPercent: number;
    escalations: SlaEscalationRule[];
  } | null;
  calendars: (Option & { isDefault: boolean })[];
  priorities: Option[];
  members: Option[];
  canEdit: boolean;
};

/**
 * SPEC K1a: the SLA or OLA policy of a contract — per priority a first-response and a resolution
 * target in business hours and minutes under one calendar, the statuses that pause the clock, the
 * warning share and the escalation rules. Saving recomputes the open records under it.
 */
export function PolicyEditor({ orgSlug, contractId, policy, calendars, priorities, members, canEdit }: PolicyEditorProps) {
  const t = useTranslations("service.slaPolicy");
  const statuses = useTranslations("service.statuses");
  const router = useRouter();
  const defaults: SlaPolicyInput = {
    contractId,
    version: policy?.version,
    calendarId: policy?.calendarId ?? calendars.find((c) => c.isDefault)?.id ?? calendars[0]?.id ?? "",
    targets: priorities.map((p) => ({
      priorityId: p.id,
      firstResponse: hoursAndMinutes(policy?.targets[p.id]?.firstResponse),
      resolution: hoursAndMinutes(policy?.targets[p.id]?.resolution),
    })),
    pauseStatuses: (policy?.pauseStatuses ?? ["waiting_for_customer", "waiting_for_parts"]).filter(isPausable),
    warnPercent: String(policy?.warnPercent ?? 80),
    escalations: (policy?.escalations ?? []).map((e) => ({
      ...e,
      offsetMinutes: String(e.offsetMinutes),
      userId: e.userId ?? "",
      priorityId: e.priorityId ?? "",
    })),
  };
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: slaPolicySchema,
    defaultValues: defaults,
    action: (values) => setSlaPolicyAction(orgSlug, values),
    onSuccess: () => {
      toast.success(t("saved"));
      router.refresh();
    },
  });
  const { register } = form;
  const escalations = useFieldArray({ control: form.control, name: "escalations" });
  const duration = (index: number, which: "firstResponse" | "resolution", label: string) => (
    <div className="flex items-center gap-1">
      <Input
        type="number"
        min={0}
        inputMode="numeric"
        aria-label={t("hoursOf", { target: label })}
        className="w-20"
        disabled={!canEdit}
        {...register(`targets.${index}.${which}.hours`)}
      />
      <span className="text-xs text-zinc-500">{t("h")}</span>
      <Input
        type="number"
        min={0}
        max={59}
        inputMode="numeric"
        aria-label={t("minutesOf", { target: label })}
        className="w-16"
        disabled={!canEdit}
        {...register(`targets.${index}.${which}.minutes`)}
      />
      <span className="text-xs text-zinc-500">{t("min")}</span>
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="space-y-4 p-4 text-sm">
      <Field label={t("calendar")} error={errorKey(errors.calendarId)}>
        <Select disabled={!canEdit} {...register("calendarId")}>
          {calendars.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>

      <table className="w-full">
        <caption className="sr-only">{t("targets")}</caption>
        <thead>
          <tr className="text-left text-xs text-zinc-500">
            <th scope="col" className="py-1 font-medium">
              {t("priority")}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t("firstResponse")}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t("resolution")}
            </th>
          </tr>
        </thead>
        <tbody>
          {priorities.map((p, index) => (
            <tr key={p.id}>
              <th scope="row" className="py-1 pr-2 text-left font-medium">
                {p.label}
              </th>
              <td className="py-1 pr-2">{duration(index, "firstResponse", `${p.label} · ${t("firstResponse")}`)}</td>
              <td className="py-1">{duration(index, "resolution", `${p.label} · ${t("resolution")}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errorKey(errors.targets as { message?: unknown } | undefined) && <p className="text-sm text-red-700">{t("targetsInvalid")}</p>}

      <fieldset>
        <legend className="text-sm font-medium">{t("pauseStatuses")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {PAUSABLE.map((s) => (
            <label key={s} className="flex items-center gap-1.5">
              <input type="checkbox" value={s} disabled={!canEdit} {...register("pauseStatuses")} />
              {statuses(s)}
            </label>
          ))}
        </div>
      </fieldset>

      <Field label={t("warnPercent")} hint={t("warnPercentHint")} error={errorKey(errors.warnPercent)}>
        <Input type="number" min={1} max={100} inputMode="numeric" className="w-24" disabled={!canEdit} {...register("warnPercent")} />
      </Field>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("escalations")}</legend>
        <p className="text-xs text-zinc-500">{t("escalationsHint")}</p>
        {escalations.fields.length === 0 && <p className="text-zinc-500">{t("noEscalations")}</p>}
        <ol className="space-y-2">
          {escalations.fields.map((field, index) => {
            const action = form.watch(`escalations.${index}.action`);
            return (
              <li key={field.id} className="flex flex-wrap items-end gap-2">
                <Field label={t("offset")} error={errorKey(errors.escalations?.[index]?.offsetMinutes)}>
                  <Input type="number" inputMode="numeric" className="w-24" disabled={!canEdit} {...register(`escalations.${index}.offsetMinutes`)} />
                </Field>
                <Field label={t("action")} error={errorKey(errors.escalations?.[index]?.action)}>
                  <Select disabled={!canEdit} {...register(`escalations.${index}.action`)}>
                    {SLA_ESCALATION_ACTIONS.map((a) => (
                      <option key={a} value={a}>
                        {t(`actions.${a}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
                {(action === "notify_person" || action === "add_assignee") && (
                  <Field label={t("person")} error={errorKey(errors.escalations?.[index]?.userId)}>
                    <Select disabled={!canEdit} {...register(`escalations.${index}.userId`)}>
                      <option value="">{t("choose")}</option>
                      {members.map((m) => (
                        <option key={m.id} value={m.id}>
                          {m.label}
                        </option>
                      ))}
                    </Select>
                  </Field>
                )}
                {action === "raise_priority" && (
                  <Field label={t("toPriority")} error={errorKey(errors.escalations?.[index]?.priorityId)}>
                    <Select disabled={!canEdit} {...register(`escalations.${index}.priorityId`)}>
                      <option value="">{t("choose")}</option>
                      {priorities.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.label}
                        </option>
                      ))}
                    </Select>
                  </Field>
                )}
                {canEdit && (
                  <Button
                    type="button"
                    variant="ghost"
                    aria-label={t("removeEscalation", { n: index + 1 })}
                    onClick={() => escalations.remove(index)}
                  >
                    <Trash2 className="size-4" aria-hidden />
                  </Button>
                )}
              </li>
            );
          })}
        </ol>
        {canEdit && (
          <Button
            type="button"
            variant="secondary"
            onClick={() => escalations.append({ offsetMinutes: "0", action: "notify_manager", userId: "", priorityId: "" })}
          >
            <Plus className="size-4" aria-hidden />
            {t("addEscalation")}
          </Button>
        )}
      </fieldset>

      {canEdit && (
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
      )}
    </form>
  );
}
