"use client";

import { useRouter } from "next/navigation";
import { useTimeZone, useTranslations } from "next-intl";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { toast } from "sonner";
import { type CustomerOption, CustomerCombobox } from "@/components/customers/customer-combobox";
import { Textarea } from "@/components/customers/form/textarea";
import { FormActions } from "@/components/forms/form-actions";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { fromLocalInput, wallClockOf } from "@/components/service/form/zoned-time";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { WORK_ITEM_KINDS, WORK_ITEM_PRIORITIES } from "@/db/schema/enum-values";
import { createWorkItemAction, updateWorkItemAction } from "@/lib/work-items/actions";
import { createWorkItemSchema, updateWorkItemSchema, type WorkItemFormInput } from "@/lib/work-items/schemas";

export type WorkItemFormValues = WorkItemFormInput & { id?: string; version?: number };

/**
 * SPEC W1: a task's or issue's fields, new (customer possibly prefilled from the customer page)
 * or an edit over the version the user loaded. The due time is typed and shown in the org's zone.
 */
export function WorkItemForm({
  orgSlug,
  initial,
  customer: initialCustomer,
  members,
}: {
  orgSlug: string;
  /** `dueAt` as the `datetime-local` text of its wall-clock time in the org's zone. */
  initial: WorkItemFormValues;
  customer: CustomerOption | null;
  members: { id: string; name: string }[];
}) {
  const fields = useTranslations("tasks.fields");
  const kinds = useTranslations("tasks.kinds");
  const priorities = useTranslations("tasks.priorities");
  const text = useTranslations("tasks.form");
  const router = useRouter();
  const timeZone = useTimeZone() ?? "UTC";
  const editing = !!initial.id;
  const [customer, setCustomer] = useState<CustomerOption | null>(initialCustomer);
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: editing ? updateWorkItemSchema : createWorkItemSchema,
    defaultValues: initial,
    idempotent: !editing,
    action: (values) => {
      const placed = { ...values, dueAt: fromLocalInput(wallClockOf(values.dueAt), timeZone) };
      return editing ? updateWorkItemAction(orgSlug, placed) : createWorkItemAction(orgSlug, placed);
    },
    onSuccess: (data) => {
      toast.success(editing ? text("saved") : text("created"));
      router.push(`/${orgSlug}/tasks/${editing ? initial.id : (data as { id: string }).id}`);
    },
  });
  const { register } = form;
  const error = (name: keyof typeof errors) => errorKey(errors[name]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Card className="space-y-4 p-4">
        <Field label={fields("title")} error={error("title")}>
          <Input {...register("title")} />
        </Field>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field label={fields("kind")} error={error("kind")}>
            <Select {...register("kind")}>
              {WORK_ITEM_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kinds(kind)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={fields("priority")} error={error("priority")}>
            <Select {...register("priority")}>
              {WORK_ITEM_PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {priorities(priority)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={fields("assignee")} error={error("assigneeId")}>
            <Select {...register("assigneeId")}>
              <option value="">{fields("nobody")}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={fields("dueAt")} error={error("dueAt")}>
            <Input type="datetime-local" {...register("dueAt")} />
          </Field>
        </div>
        <Controller
          control={form.control}
          name="customerId"
          render={({ field }) => (
            <Field label={fields("customer")} error={error("customerId")}>
              <CustomerCombobox
                orgSlug={orgSlug}
                value={customer}
                onChange={(value) => {
                  setCustomer(value);
                  field.onChange(value?.id ?? "");
                }}
                labels={{
                  placeholder: fields("customerPlaceholder"),
                  clear: fields("customerClear"),
                  searching: fields("searching"),
                  noResults: fields("noResults"),
                }}
              />
            </Field>
          )}
        />
        <Field label={fields("description")} error={error("description")}>
          <Textarea rows={5} {...register("description")} />
        </Field>
      </Card>
      <FormActions
        cancelHref={editing ? `/${orgSlug}/tasks/${initial.id}` : `/${orgSlug}/tasks`}
        cancel={text("cancel")}
        submit={editing ? text("save") : text("create")}
        pending={pending}
      />
    </form>
  );
}
