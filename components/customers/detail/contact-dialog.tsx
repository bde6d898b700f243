"use client";

import { useTranslations } from "next-intl";
import { FormProvider, useFormContext } from "react-hook-form";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ContactFields } from "@/components/customers/form/contact-fields";
import { createContactAction, updateContactAction } from "@/lib/customers/actions";
import { contactSchemasFor } from "@/lib/contacts/schemas";
import type { getCustomer } from "@/lib/customers/get-customer";
import type { PhoneCountry } from "@/lib/orgs/phone-country";
import { formatPhone } from "@/lib/fields/format-phone";
import { Modal } from "./modal";

export type ContactRow = Awaited<ReturnType<typeof getCustomer>>["contacts"][number];

/** Add (contact = null) or edit a contact in a dialog, with the verbs' own schemas. */
export function ContactDialog({
  orgSlug,
  customerId,
  contact,
  phoneCountry,
  onClose,
}: {
  orgSlug: string;
  customerId: string;
  contact: ContactRow | null;
  phoneCountry: PhoneCountry | null;
  onClose: () => void;
}) {
  const t = useTranslations("customer.contact");
  return (
    <Modal title={contact ? t("editTitle") : t("addTitle")} onClose={onClose}>
      {contact ? (
        <EditContactForm orgSlug={orgSlug} contact={contact} phoneCountry={phoneCountry} onDone={onClose} />
      ) : (
        <AddContactForm orgSlug={orgSlug} customerId={customerId} phoneCountry={phoneCountry} onDone={onClose} />
      )}
    </Modal>
  );
}

type FormProps = { orgSlug: string; phoneCountry: PhoneCountry | null; onDone: () => void };

function AddContactForm({ orgSlug, customerId, phoneCountry, onDone }: FormProps & { customerId: string }) {
  const t = useTranslations("customer.contact");
  const { form, onSubmit, pending } = useActionForm({
    schema: contactSchemasFor(phoneCountry).create,
    defaultValues: { customerId, name: "", title: "", role: "", email: "", phone: "", preferredMethod: "", active: true, isPrimary: false },
    action: (values) => createContactAction(orgSlug, values),
    idempotent: true,
    onSuccess: () => {
      toast.success(t("added"));
      onDone();
    },
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
        <ContactFields autoFocus />
        <StatusFields primary={false} />
        <Buttons pending={pending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}

function EditContactForm({ orgSlug, contact, phoneCountry, onDone }: FormProps & { contact: ContactRow }) {
  const t = useTranslations("customer.contact");
  const text = (v: string | null) => v ?? "";
  const { form, onSubmit, pending } = useActionForm({
    schema: contactSchemasFor(phoneCountry).update,
    defaultValues: {
      id: contact.id,
      version: contact.version,
      name: contact.name,
      title: text(contact.title),
      role: text(contact.role),
      email: text(contact.email),
      phone: contact.phone ? formatPhone(contact.phone) : "",
      preferredMethod: contact.preferredMethod ?? "",
      active: contact.active,
      isPrimary: contact.isPrimary,
    },
    action: (values) => updateContactAction(orgSlug, values),
    onSuccess: () => {
      toast.success(t("saved"));
      onDone();
    },
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
        <ContactFields autoFocus />
        <StatusFields primary={contact.isPrimary} />
        <Buttons pending={pending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}

/** Active/passive and primary. A primary contact stays primary until another one is made primary. */
function StatusFields({ primary }: { primary: boolean }) {
  const t = useTranslations("customer.contact");
  const { register } = useFormContext<{ active: boolean; isPrimary: boolean }>();
  const checkbox = "size-4 rounded border-zinc-300 accent-accent-600";
  return (
    <div className="space-y-2 sm:col-span-2">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className={checkbox} {...register("active")} />
        {t("active")}
      </label>
      {primary ? (
        <p className="text-xs text-zinc-500">{t("primaryHint")}</p>
      ) : (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className={checkbox} {...register("isPrimary")} />
          {t("isPrimary")}
        </label>
      )}
    </div>
  );
}

function Buttons({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const common = useTranslations("common");
  return (
    <div className="flex justify-end gap-2 sm:col-span-2">
      <Button variant="secondary" onClick={onCancel}>
        {common("cancel")}
      </Button>
      <Button type="submit" pending={pending}>
        {common("save")}
      </Button>
    </div>
  );
}
