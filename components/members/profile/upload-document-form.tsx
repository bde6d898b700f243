"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { MAX_FILE_BYTES } from "@/lib/files/limits";
import { uploadMemberDocumentAction } from "@/lib/members/actions";
import { MEMBER_DOCUMENT_KINDS, type MemberDocumentKind, pickerAccept } from "@/lib/members/document-schemas";

/**
 * One file of a chosen kind. The size is checked here before sending; the type only by the server,
 * from the bytes (the picker's filter is a convenience). Errors land under their field; the form
 * is disabled while the file travels.
 */
export function UploadDocumentForm({ orgSlug, userId }: { orgSlug: string; userId: string }) {
  const t = useTranslations("memberProfile.documents");
  const showErrors = useActionErrors();
  const router = useRouter();
  const titleId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<MemberDocumentKind>("photo");
  const [errors, setErrors] = useState<{ kind?: string; file?: string }>({});
  const [pending, startTransition] = useTransition();

  const upload = () => {
    const file = fileInput.current?.files?.[0];
    if (!file || file.size === 0) return setErrors({ file: "required" });
    if (file.size > MAX_FILE_BYTES) return setErrors({ file: "fileTooLarge" });
    startTransition(async () => {
      const data = new FormData();
      data.set("userId", userId);
      data.set("kind", kind);
      data.set("file", file);
      const result = await uploadMemberDocumentAction(orgSlug, data);
      if (result.ok) {
        toast.success(t("uploadDone"));
        setErrors({});
        if (fileInput.current) fileInput.current.value = "";
        router.refresh();
        return;
      }
      const fieldErrors = { kind: result.fieldErrors?.kind, file: result.fieldErrors?.file };
      if (fieldErrors.kind || fieldErrors.file) setErrors(fieldErrors);
      else showErrors(result);
    });
  };

  return (
    <form
      aria-labelledby={titleId}
      noValidate
      className="space-y-3 border-t border-zinc-200 p-4 dark:border-zinc-800"
      onSubmit={(event) => {
        event.preventDefault();
        upload();
      }}
    >
      <h3 id={titleId} className="text-sm font-semibold">
        {t("addTitle")}
      </h3>
      <fieldset disabled={pending} className="space-y-3">
        <Field label={t("kind")} error={errors.kind}>
          <Select value={kind} onChange={(event) => setKind(event.target.value as MemberDocumentKind)}>
            {MEMBER_DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("file")} hint={t("fileHint")} error={errors.file}>
          <input
            ref={fileInput}
            type="file"
            accept={pickerAccept(kind)}
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-zinc-50 dark:file:border-zinc-700 dark:file:bg-zinc-900"
            onChange={() => setErrors({})}
          />
        </Field>
      </fieldset>
      <div className="flex justify-end">
        <Button type="submit" pending={pending}>
          {pending ? t("uploading") : t("upload")}
        </Button>
      </div>
    </form>
  );
}
