"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTimeZone, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Controller } from "react-hook-form";
import { toast } from "sonner";
import { CustomerCombobox } from "@/components/customers/customer-combobox";
import { Modal } from "@/components/customers/detail/modal";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { fromLocalInput, wallClockOf } from "@/components/service/form/zoned-time";
import { Button, buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/input";
import { WORK_ITEM_KINDS } from "@/db/schema/enum-values";
import { createWorkItemAction, listWorkAssigneesAction } from "@/lib/work-items/actions";
import { createWorkItemSchema } from "@/lib/work-items/schemas";
import { usePageCustomer } from "./quick-create-customer";

/** The shortcut: a plain "n", never while typing or with a modifier (those belong to the browser and the text). */
export function isQuickCreateKey(event: KeyboardEvent) {
  if (event.key.toLowerCase() !== "n" || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return false;
  const target = event.target as HTMLElement | null;
  if (!target) return true;
  if (target.isContentEditable || target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']")) return false;
  // An open dialog (a confirmation, another form) keeps the keyboard.
  return !document.querySelector("dialog[open], [role='dialog'], [role='alertdialog']");
}

/**
 * SPEC W1's quick create from anywhere: the header's "New task" button or the N key opens a small
 * form (title, kind, assignee — me by default —, due, customer — the open customer page's), which
 * creates the item and offers a link to it. Mounted once in the app shell.
 */
export function QuickCreateTask({ orgSlug, me }: { orgSlug: string; me: { id: string; name: string } }) {
  const t = useTranslations("tasks.quick");
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isQuickCreateKey(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      {/* Not in a phone's header: beside the running timer, the bell, language, theme and avatar it
          would push the page sideways at 375 px; there the Tasks page has its own New button. */}
      <div className="hidden sm:block">
        <button
          type="button"
          onClick={() => setOpen(true)}
          title={t("shortcutHint")}
          aria-keyshortcuts="n"
          className={cn(buttonClass("secondary", "sm"), "whitespace-nowrap")}
        >
          <Plus className="size-4" aria-hidden />
          <span>{t("open")}</span>
          <kbd className="rounded border border-zinc-300 px-1 text-[0.65rem] font-medium text-zinc-500 dark:border-zinc-600">{t("shortcut")}</kbd>
        </button>
      </div>
      {open && (
        <Modal title={t("title")} onClose={() => setOpen(false)}>
          <QuickCreateForm orgSlug={orgSlug} me={me} onDone={() => setOpen(false)} />
        </Modal>
      )}
    </>
  );
}

function QuickCreateForm({ orgSlug, me, onDone }: { orgSlug: string; me: { id: string; name: string }; onDone: () => void }) {
  const t = useTranslations("tasks.quick");
  const id = useId();
  const timeZone = useTimeZone() ?? "UTC";
  const router = useRouter();
  const pageCustomer = usePageCustomer();
  const [members, setMembers] = useState<{ id: string; name: string }[]>([me]);
  useEffect(() => {
    let live = true;
    listWorkAssigneesAction(orgSlug).then((result) => {
      if (live && result.ok) setMembers(result.data.some((m) => m.id === me.id) ? result.data : [me, ...result.data]);
    });
    return () => {
      live = false;
    };
  }, [orgSlug, me]);
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: createWorkItemSchema,
    defaultValues: { kind: "task", title: "", assigneeId: me.id, dueAt: "", customerId: pageCustomer?.id ?? "", priority: "normal" },
    // The due time is typed in the org's zone, not the browser's.
    action: (values) => createWorkItemAction(orgSlug, { ...values, dueAt: fromLocalInput(wallClockOf(values.dueAt), timeZone) }),
    idempotent: true,
    onSuccess: ({ id: createdId }) => {
      const title = form.getValues("title");
      onDone();
      toast.success(t("created", { title }), {
        action: { label: t("view"), onClick: () => router.push(`/${orgSlug}/tasks/${createdId}`) },
      });
    },
  });
  const [customer, setCustomer] = useState(pageCustomer);
  const message = (error: { message?: unknown } | undefined) => {
    const key = errorKey(error);
    if (!key) return null;
    const known = key === "required" || key === "tooLong" || key === "dateRange" ? key : "invalid";
    return (
      <p id={`${id}-${key}`} className="text-xs font-medium text-red-600 dark:text-red-400">
        {t(`errors.${known}`)}
      </p>
    );
  };
  const label = "block text-sm font-medium text-zinc-800 dark:text-zinc-200";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div className="space-y-1.5">
        <label htmlFor={`${id}-title`} className={label}>
          {t("fieldTitle")}
        </label>
        <Input id={`${id}-title`} autoFocus aria-invalid={!!errors.title || undefined} {...form.register("title")} />
        {message(errors.title)}
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div className="space-y-1.5">
          <label htmlFor={`${id}-kind`} className={label}>
            {t("kind")}
          </label>
          <Select id={`${id}-kind`} {...form.register("kind")}>
            {WORK_ITEM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor={`${id}-assignee`} className={label}>
            {t("assignee")}
          </label>
          <Select id={`${id}-assignee`} {...form.register("assigneeId")}>
            <option value="">{t("nobody")}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.id === me.id ? `${m.name} (${t("me")})` : m.name}
              </option>
            ))}
          </Select>
          {message(errors.assigneeId)}
        </div>
      </div>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-due`} className={label}>
          {t("due")}
        </label>
        <Input id={`${id}-due`} type="datetime-local" aria-invalid={!!errors.dueAt || undefined} {...form.register("dueAt")} />
        {message(errors.dueAt)}
      </div>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-customer`} className={label}>
          {t("customer")}
        </label>
        <Controller
          control={form.control}
          name="customerId"
          render={({ field }) => (
            <CustomerCombobox
              id={`${id}-customer`}
              orgSlug={orgSlug}
              value={customer}
              onChange={(value) => {
                setCustomer(value);
                field.onChange(value?.id ?? "");
              }}
              labels={{ placeholder: t("customerPlaceholder"), clear: t("customerClear"), searching: t("searching"), noResults: t("noResults") }}
            />
          )}
        />
        {message(errors.customerId)}
      </div>
      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={onDone}>
          {t("cancel")}
        </Button>
        <Button type="submit" pending={pending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
