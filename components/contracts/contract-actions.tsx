"use client";

import * as Dialog from "@radix-ui/react-alert-dialog";
import { Ban, Pencil } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button, buttonClass } from "@/components/ui/button";
import { DeleteButton } from "@/components/ui/delete-button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { deleteContractAction, terminateContractAction } from "@/lib/contracts/actions";

/** Edit, Terminate (a day and a reason) and Delete (asks first) on the contract page. */
export function ContractActions({
  orgSlug,
  contract,
  today,
  can,
}: {
  orgSlug: string;
  contract: { id: string; version: number; terminated: boolean };
  /** Today in the org's zone: the termination day the dialog offers. */
  today: string;
  can: { update: boolean; terminate: boolean; delete: boolean };
}) {
  const t = useTranslations("contracts.detail");
  const common = useTranslations("common");
  const router = useRouter();
  const showErrors = useActionErrors();
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState(today);
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  async function terminate() {
    setPending(true);
    const result = await terminateContractAction(orgSlug, { id: contract.id, version: contract.version, terminatedOn: day, reason });
    setPending(false);
    if (!result.ok) {
      showErrors(result, (field, key) => {
        if (field !== "terminatedOn") return false;
        setFieldError(key);
        return true;
      });
      return;
    }
    setOpen(false);
    toast.success(t("terminated"));
    router.refresh();
  }

  return (
    <div className="flex flex-wrap gap-2">
      {can.update && (
        <Link href={`/${orgSlug}/contracts/${contract.id}/edit`} className={buttonClass("secondary")}>
          <Pencil className="size-4" aria-hidden />
          {t("edit")}
        </Link>
      )}
      {can.terminate && !contract.terminated && (
        <Dialog.Root open={open} onOpenChange={setOpen}>
          <Dialog.Trigger asChild>
            <Button variant="secondary">
              <Ban className="size-4" aria-hidden />
              {t("terminate")}
            </Button>
          </Dialog.Trigger>
          <Dialog.Portal>
            <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
            <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-5 shadow-xl dark:bg-zinc-900">
              <Dialog.Title className="text-base font-semibold">{t("terminateTitle")}</Dialog.Title>
              <Dialog.Description className="text-sm text-zinc-600 dark:text-zinc-400">{t("terminateBody")}</Dialog.Description>
              <Field label={t("terminatedOn")} error={fieldError}>
                <Input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
              </Field>
              <Field label={t("reason")}>
                <Input value={reason} onChange={(e) => setReason(e.target.value)} />
              </Field>
              <div className="flex justify-end gap-2">
                <Dialog.Cancel className={buttonClass("secondary")}>{common("cancel")}</Dialog.Cancel>
                <Button variant="danger" pending={pending} onClick={terminate}>
                  {t("terminate")}
                </Button>
              </div>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      )}
      {can.delete && (
        <DeleteButton
          label={t("delete")}
          title={t("deleteTitle")}
          description={t("deleteBody")}
          confirmLabel={t("delete")}
          deleted={t("deleted")}
          then={`/${orgSlug}/contracts`}
          run={() => deleteContractAction(orgSlug, { id: contract.id })}
        />
      )}
    </div>
  );
}
