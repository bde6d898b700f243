"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { createInvitationAction } from "@/lib/invitations/actions";
import { createInvitationSchema } from "@/lib/invitations/schemas";
import { LEVELS } from "@/lib/permissions/levels";

/** Used on Members (invite) and Permissions (add a member with a level): one verb behind both. */
export function InviteForm({ orgSlug, canInviteAdmins }: { orgSlug: string; canInviteAdmins: boolean }) {
  const t = useTranslations("members");
  const levels = useTranslations("levels");
  const roles = useTranslations("roles");
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: createInvitationSchema,
    defaultValues: { email: "", role: "member", level: "view" },
    action: (values) => createInvitationAction(orgSlug, values),
    onSuccess: () => {
      toast.success(t("invitationSent", { email: form.getValues("email") }));
      form.reset();
    },
  });
  const role = form.watch("role");
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[1fr_9rem_11rem_auto] sm:items-end">
      <Field label={t("inviteEmail")} error={errorKey(errors.email)}>
        <Input type="email" autoComplete="off" placeholder="name@company.com" {...form.register("email")} />
      </Field>
      <Field label={t("role")} error={errorKey(errors.role)}>
        <Select {...form.register("role")}>
          <option value="member">{roles("member")}</option>
          {canInviteAdmins && <option value="admin">{roles("admin")}</option>}
        </Select>
      </Field>
      <Field label={t("level")} error={errorKey(errors.level)}>
        <Select {...form.register("level")} disabled={role === "admin"}>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {levels(level)}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" pending={pending}>
        {t("invite")}
      </Button>
    </form>
  );
}
