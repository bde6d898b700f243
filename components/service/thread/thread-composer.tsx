"use client";

import { Paperclip, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Textarea } from "@/components/customers/form/textarea";
import { Button } from "@/components/ui/button";
import { MAX_FILE_BYTES } from "@/lib/files/limits";
import { postMessageAction } from "@/lib/service/messages/actions";
import { MAX_ATTACHMENTS } from "@/lib/service/messages/schemas";
import { FileSize } from "@/components/ui/file-size";

// What the server accepts (it decides by content; this only narrows the file picker).
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,.docx,.xlsx,application/pdf,image/*,text/plain";

/** Text plus up to three files; Ctrl/⌘+Enter sends. The input stays on any error. */
export function ThreadComposer({ orgSlug, recordId }: { orgSlug: string; recordId: string }) {
  const t = useTranslations("dispatch.thread");
  const v = useTranslations("validation");
  const showErrors = useActionErrors();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [body, setBody] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<{ body?: string; files?: string }>({});
  const [pending, startTransition] = useTransition();

  const addFiles = (chosen: FileList | null) => {
    const next = [...files, ...Array.from(chosen ?? [])];
    const tooLarge = next.find((f) => f.size > MAX_FILE_BYTES);
    if (tooLarge) setErrors({ files: t("tooLarge", { name: tooLarge.name }) });
    else if (next.length > MAX_ATTACHMENTS) setErrors({ files: t("tooManyFiles") });
    else {
      setErrors({});
      setFiles(next);
    }
    if (fileInput.current) fileInput.current.value = "";
  };

  const send = () =>
    startTransition(async () => {
      const data = new FormData();
      data.set("recordId", recordId);
      data.set("body", body);
      for (const file of files) data.append("files", file);
      const result = await postMessageAction(orgSlug, data);
      if (result.ok) {
        toast.success(t("posted"));
        setBody("");
        setFiles([]);
        setErrors({});
        return;
      }
      const message = (key: string | undefined) => (key ? (v.has(key as never) ? v(key as never) : v("invalid")) : undefined);
      const fieldErrors = { body: message(result.fieldErrors?.body), files: message(result.fieldErrors?.files) };
      if (fieldErrors.body || fieldErrors.files) setErrors(fieldErrors);
      else showErrors(result);
    });

  return (
    <form
      className="space-y-2 border-t border-zinc-200 p-4 dark:border-zinc-800"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim() || files.length) send();
        else setErrors({ body: v("required") });
      }}
    >
      <label htmlFor={`${id}-body`} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {t("label")}
      </label>
      <Textarea
        id={`${id}-body`}
        rows={3}
        value={body}
        placeholder={t("placeholder")}
        aria-invalid={errors.body ? true : undefined}
        aria-describedby={`${id}-hint${errors.body ? ` ${id}-body-error` : ""}`}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
      {errors.body && (
        <p id={`${id}-body-error`} className="text-xs font-medium text-red-600 dark:text-red-400">
          {errors.body}
        </p>
      )}
      <p id={`${id}-hint`} className="text-xs text-zinc-500">
        {t("shortcut")} {t("attachHint")}
      </p>
      {files.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`} className="inline-flex items-center gap-1 rounded-md bg-zinc-100 py-0.5 pl-2 text-xs dark:bg-zinc-800">
              <span className="max-w-48 truncate">{file.name}</span>
              <span className="text-zinc-500">
                <FileSize bytes={file.size} />
              </span>
              <button
                type="button"
                className="rounded p-1 hover:bg-zinc-200 dark:hover:bg-zinc-700"
                aria-label={t("removeFile", { name: file.name })}
                onClick={() => setFiles(files.filter((_, i) => i !== index))}
              >
                <X className="size-3" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      {errors.files && (
        <p role="alert" className="text-xs font-medium text-red-600 dark:text-red-400">
          {errors.files}
        </p>
      )}
      <div className="flex items-center justify-between gap-2">
        <label className="inline-flex cursor-pointer items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm text-zinc-700 hover:bg-zinc-100 focus-within:ring-2 focus-within:ring-accent-500/30 dark:text-zinc-300 dark:hover:bg-zinc-800">
          <Paperclip className="size-4" aria-hidden />
          {t("attach")}
          <input ref={fileInput} type="file" multiple accept={ACCEPT} className="sr-only" onChange={(event) => addFiles(event.target.files)} />
        </label>
        <Button type="submit" pending={pending}>
          {t("send")}
        </Button>
      </div>
    </form>
  );
}
