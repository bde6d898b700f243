"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useController } from "react-hook-form";
import { toast } from "sonner";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Textarea } from "@/components/customers/form/textarea";
import { MEMBER_POSITIONS } from "@/db/schema/enum-values";
import { updateMemberStructureAction } from "@/lib/members/actions";
import type { MemberStructure } from "@/lib/members/list-member-structure";
import { reportsToOptions } from "@/lib/members/reports-to-options";
import { memberStructureSchemaFor } from "@/lib/members/structure-schemas";
import { formatPhone } from "@/lib/fields/format-phone";
import type { PhoneCountry } from "@/lib/orgs/phone-country";

type Person = { userId: string; name: string };
type Department = { id: string; label: string };
type Partner = { id: string; name: string };
/** The profile page's extra fields (SPEC T6); the Members page leaves them out, and the verb then keeps them. */
type Contact = { phone: string | null; notes: string | null; phoneCountry: PhoneCountry | null };

function StructureForm({
  orgSlug,
  member,
  people,
  profiles,
  departments,
  partners,
  contact,
  onDone,
}: {
  orgSlug: string;
  member: Person;
  people: Person[];
  profiles: Record<string, MemberStructure>;
  departments: Department[];
  partners: Partner[];
  contact?: Contact;
  onDone: () => void;
}) {
  const t = useTranslations("structure.members");
  const positions = useTranslations("structure.positions");
  const current = profiles[member.userId];
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: memberStructureSchemaFor(contact?.phoneCountry ?? null),
    defaultValues: {
      ...(contact && { phone: contact.phone ? formatPhone(contact.phone) : "", notes: contact.notes ?? "" }),
      userId: member.userId,
      position: current?.position ?? "",
      departmentId: current?.departmentId ?? "",
      reportsTo: current?.reportsTo ?? "",
      technician: current?.technician ?? false,
      partnerCustomerId: current?.partnerCustomerId ?? "",
    },
    action: (values) => updateMemberStructureAction(orgSlug, values),
    onSuccess: () => {
      toast.success(t("saved"));
      onDone();
    },
  });
  const { field: reportsTo } = useController({ control: form.control, name: "reportsTo" });
  const departmentId = form.watch("departmentId") || null;
  const { departmentManagers, others } = reportsToOptions(people, profiles, departmentId, member.userId);
  const departmentName = departments.find((d) => d.id === departmentId)?.label ?? "";
  const department = form.register("departmentId", {
    // Seed 004: picking a department brings its manager along, when none is chosen yet.
    onChange: (e: { target: { value: string } }) => {
      const first = reportsToOptions(people, profiles, e.target.value || null, member.userId).departmentManagers[0];
      if (first && !form.getValues("reportsTo")) form.setValue("reportsTo", first.userId);
    },
  });
  const option = (p: Person) => (
    <option key={p.userId} value={p.userId}>
      {p.name}
    </option>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      <Field label={t("position")} error={errorKey(errors.position)}>
        <Select {...form.register("position")}>
          <option value="">{positions("none")}</option>
          {MEMBER_POSITIONS.map((p) => (
            <option key={p} value={p}>
              {positions(p)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("department")} error={errorKey(errors.departmentId)}>
        <Select {...department}>
          <option value="">{t("noDepartment")}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("reportsTo")} error={errorKey(errors.reportsTo)}>
        {/* Controlled: the options regroup when the department changes, and React then re-applies the value. */}
        <Select {...reportsTo} value={reportsTo.value ?? ""}>
          <option value="">{t("noManager")}</option>
          {departmentManagers.length > 0 && (
            <optgroup label={t("departmentManagers", { department: departmentName })}>{departmentManagers.map(option)}</optgroup>
          )}
          {departmentManagers.length > 0 ? <optgroup label={t("otherMembers")}>{others.map(option)}</optgroup> : others.map(option)}
        </Select>
      </Field>
      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            className="accent-accent-600"
            aria-describedby={`${member.userId}-technician-hint`}
            {...form.register("technician")}
          />
          {t("technician")}
        </label>
        <p id={`${member.userId}-technician-hint`} className="text-xs text-zinc-500">
          {t("technicianHint")}
        </p>
      </div>
      {partners.length > 0 && (
        <Field label={t("partner")} hint={t("partnerHint")} error={errorKey(errors.partnerCustomerId)}>
          <Select {...form.register("partnerCustomerId")}>
            <option value="">{t("noPartner")}</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {contact && (
        <>
          <Field label={t("phone")} error={errorKey(errors.phone)}>
            <Input type="tel" autoComplete="off" {...form.register("phone")} />
          </Field>
          <Field label={t("notes")} hint={t("notesHint", { name: member.name })} error={errorKey(errors.notes)}>
            <Textarea rows={4} {...form.register("notes")} />
          </Field>
        </>
      )}
      <div className="flex justify-end gap-2">
        <Dialog.Close className={buttonClass("secondary")}>{t("cancel")}</Dialog.Close>
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}

/** SPEC T6: a member's position, department, manager and technician flag, edited in a dialog. */
export function MemberStructureDialog(props: {
  orgSlug: string;
  member: Person;
  people: Person[];
  profiles: Record<string, MemberStructure>;
  departments: Department[];
  partners: Partner[];
  contact?: Contact;
}) {
  const t = useTranslations("structure.members");
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button variant="ghost" size="sm" aria-label={t("editOf", { name: props.member.name })}>
          {t("edit")}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100%-2rem)] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl dark:bg-zinc-900">
          <Dialog.Title className="text-base font-semibold">{t("title", { name: props.member.name })}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {t("description", { name: props.member.name })}
          </Dialog.Description>
          {/* Mounted while open only: each opening starts from the saved values. */}
          {open && <StructureForm {...props} onDone={() => setOpen(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
