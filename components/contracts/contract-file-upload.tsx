"use client";

import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { attachContractFileAction } from "@/lib/contracts/actions";

/** Uploads the signed contract; the server decides its type by its bytes and answers beside the field. */
export function ContractFileUpload({ orgSlug, contractId }: { orgSlug: string; contractId: string }) {
  const t = useTranslations("contracts.detail");
  const validation = useTranslations("validation");
  const router = useRouter();
  const showErrors = useActionErrors();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function upload() {
    if (!file) return;
    setPending(true);
    setError(null);
    const data = new FormData();
    data.set("id", contractId);
    data.set("file", file);
    const result = await attachContractFileAction(orgSlug, data);
    setPending(false);
    if (!result.ok) {
      showErrors(result, (field, key) => {
        if (field !== "file") return false;
        setError(validation.has(key as never) ? validation(key as never) : validation("invalid"));
        return true;
      });
      return;
    }
    toast.success(t("uploaded"));
    setFile(null);
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        {t("upload")}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          type="file"
          accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,.docx,.xlsx"
          aria-describedby={`${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          className="text-sm"
        />
        <Button type="button" variant="secondary" size="sm" pending={pending} disabled={!file} onClick={upload}>
          <Upload className="size-4" aria-hidden />
          {t("upload")}
        </Button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-zinc-500">
        {t("uploadHint")}
      </p>
      {error && <p className="text-xs font-medium text-red-600 dark:text-red-400">{error}</p>}
    </div>
  );
}
