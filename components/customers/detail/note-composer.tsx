"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/customers/form/textarea";
import { addNoteAction } from "@/lib/customers/actions";
import { addNoteSchema } from "@/lib/notes/schemas";

/** SPEC A3: a note goes straight into the customer's feed. Ctrl/⌘+Enter submits. */
export function NoteComposer({ orgSlug, customerId }: { orgSlug: string; customerId: string }) {
  const t = useTranslations("customer.notes");
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: addNoteSchema,
    defaultValues: { customerId, body: "" },
    action: (values) => addNoteAction(orgSlug, values),
    idempotent: true,
    onSuccess: () => {
      toast.success(t("added"));
      form.reset({ customerId, body: "" });
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 p-4">
      <Field label={t("label")} hint={t("shortcut")} error={errorKey(errors.body)}>
        <Textarea
          rows={3}
          placeholder={t("placeholder")}
          {...form.register("body")}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" pending={pending}>
          {t("add")}
        </Button>
      </div>
    </form>
  );
}
