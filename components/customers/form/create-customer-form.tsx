"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { toast } from "sonner";
import { FormActions } from "@/components/forms/form-actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { createCustomerAction } from "@/lib/customers/actions";
import { customerSchemasFor } from "@/lib/customers/schemas";
import { ContactFields } from "./contact-fields";
import { CustomerFields } from "./customer-fields";
import { FormSection } from "./form-section";
import type { CustomerChoices } from "./options";

const EMPTY_CONTACT = { name: "", title: "", role: "", email: "", phone: "", preferredMethod: "" } as const;

/** SPEC C2/C6: a new customer with the contact who becomes its primary contact. */
export function CreateCustomerForm({ orgSlug, choices }: { orgSlug: string; choices: CustomerChoices }) {
  const t = useTranslations("customer");
  const common = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, pending } = useActionForm({
    schema: customerSchemasFor(choices.phoneCountry).create,
    defaultValues: {
      name: "",
      accountCode: "",
      type: "customer",
      status: "first_contact",
      parentId: "",
      regionId: "",
      taxId: "",
      address: "",
      email: "",
      phone: "",
      workPhone: "",
      website: "",
      salesRepId: "",
      supportRepId: "",
      referral: "",
      tagIds: [],
      contact: EMPTY_CONTACT,
    },
    action: (values) => createCustomerAction(orgSlug, values),
    idempotent: true,
    onSuccess: ({ id }) => {
      toast.success(t("created"));
      router.push(`/${orgSlug}/customers/${id}`);
    },
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        <CustomerFields orgSlug={orgSlug} choices={choices} parent={null} />
        <FormSection title={t("sections.primaryContact")}>
          <ContactFields prefix="contact." />
        </FormSection>
        <FormActions cancelHref={`/${orgSlug}/customers`} cancel={common("cancel")} submit={t("create")} pending={pending} />
      </form>
    </FormProvider>
  );
}
