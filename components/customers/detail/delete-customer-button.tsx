"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { removeCustomerAction } from "@/lib/customers/actions";

/** SPEC C5: asks first, says what goes with the customer, then returns to the list. */
export function DeleteCustomerButton({ orgSlug, customer }: { orgSlug: string; customer: { id: string; name: string } }) {
  const t = useTranslations("customer");
  const router = useRouter();
  const showErrors = useActionErrors();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary">
          <Trash2 className="size-4" aria-hidden />
          {t("delete")}
        </Button>
      }
      title={t("deleteTitle", { name: customer.name })}
      description={t("deleteBody")}
      confirmLabel={t("deleteConfirm")}
      onConfirm={async () => {
        const result = await removeCustomerAction(orgSlug, { id: customer.id });
        if (!result.ok) {
          showErrors(result);
          return false;
        }
        toast.success(t("deleted", { name: customer.name }));
        router.replace(`/${orgSlug}/customers`);
        return true;
      }}
    />
  );
}
