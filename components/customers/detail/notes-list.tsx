"use client";

import { Pencil, Trash2 } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { errorKey, useActionErrors, useActionForm } from "@/components/forms/use-action-form";
import { Textarea } from "@/components/customers/form/textarea";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { listNotesAction, removeNoteAction, updateNoteAction } from "@/lib/notes/actions";
import type { listNotes } from "@/lib/notes/list-notes";
import { updateNoteSchema } from "@/lib/notes/schemas";

export type NotesPage = Awaited<ReturnType<typeof listNotes>>;
export type NoteRow = NotesPage["rows"][number];

type Props = {
  orgSlug: string;
  customerId: string;
  /** The newest page, loaded by the server component. */
  initial: NotesPage;
  canUpdate: boolean;
  canDelete: boolean;
};

/**
 * SPEC A3: the customer's notes, newest first, with "Show older" (keyset cursor from the verb).
 * Edit in place (Esc cancels, Ctrl/⌘+Enter saves) and delete after a confirmation.
 */
export function NotesList(props: Props) {
  // A note added, or one of the first page deleted, moves the page boundary: older pages loaded so
  // far no longer join up with the new first page, so start again from it.
  return <Notes key={`${props.initial.rows[0]?.id ?? "empty"}|${props.initial.before ?? ""}`} {...props} />;
}

function Notes({ orgSlug, customerId, initial, canUpdate, canDelete }: Props) {
  const t = useTranslations("customer.notes");
  const sections = useTranslations("customer.sections");
  const showErrors = useActionErrors();
  const [older, setOlder] = useState<NoteRow[]>([]);
  const [before, setBefore] = useState(initial.before);
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const rows = [...initial.rows, ...older];

  const showOlder = () =>
    startTransition(async () => {
      const result = await listNotesAction(orgSlug, { customerId, before });
      if (!result.ok) return showErrors(result);
      setOlder((current) => [...current, ...result.data.rows]);
      setBefore(result.data.before);
    });

  // The server re-renders the first page after a change; notes loaded by "Show older" are patched here.
  const saved = (id: string, body: string) =>
    setOlder((current) => current.map((n) => (n.id === id ? { ...n, body, updatedAt: new Date().toISOString() } : n)));
  const removed = (id: string) => setOlder((current) => current.filter((n) => n.id !== id));

  if (rows.length === 0) {
    return <p className="border-t border-zinc-100 px-4 py-3 text-sm text-zinc-500 dark:border-zinc-800">{t("none")}</p>;
  }
  return (
    <div className="border-t border-zinc-100 dark:border-zinc-800">
      <ol aria-label={sections("notes")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {rows.map((note) => (
          <NoteItem
            key={note.id}
            orgSlug={orgSlug}
            note={note}
            editing={editing === note.id}
            onEdit={() => setEditing(note.id)}
            onEditDone={(body) => {
              setEditing(null);
              if (body !== undefined) saved(note.id, body);
            }}
            onRemoved={() => removed(note.id)}
            canUpdate={canUpdate}
            canDelete={canDelete}
          />
        ))}
      </ol>
      {before && (
        <div className="border-t border-zinc-100 p-3 text-center dark:border-zinc-800">
          <Button variant="secondary" size="sm" pending={pending} onClick={showOlder}>
            {t("showOlder")}
          </Button>
        </div>
      )}
    </div>
  );
}

function NoteItem({
  orgSlug,
  note,
  editing,
  onEdit,
  onEditDone,
  onRemoved,
  canUpdate,
  canDelete,
}: {
  orgSlug: string;
  note: NoteRow;
  editing: boolean;
  onEdit: () => void;
  /** `body` is the saved text, or undefined when editing was cancelled. */
  onEditDone: (body?: string) => void;
  onRemoved: () => void;
  canUpdate: boolean;
  canDelete: boolean;
}) {
  const t = useTranslations("customer");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const actions = useRef<HTMLDivElement>(null);
  const wasEditing = useRef(false);
  // Closing the editor unmounts the focused textarea; give focus back to the Edit button.
  useEffect(() => {
    if (wasEditing.current && !editing) actions.current?.querySelector<HTMLButtonElement>("[data-edit]")?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const at = new Date(note.createdAt);
  const edited = note.updatedAt !== note.createdAt;

  return (
    <li className="space-y-1.5 px-4 py-3 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-zinc-500">
          <span className="font-medium text-zinc-700 dark:text-zinc-300">{note.authorName ?? t("feed.formerMember")}</span>
          {" · "}
          <time
            dateTime={note.createdAt}
            title={format.dateTime(at, { dateStyle: "medium", timeStyle: "short" })}
            // "3 minutes ago" may tick over between the server render and hydration.
            suppressHydrationWarning
          >
            {format.relativeTime(at, now)}
          </time>
          {edited && ` · ${t("notes.edited")}`}
        </p>
        {!editing && (canUpdate || canDelete) && (
          <div ref={actions} className="flex gap-1">
            {canUpdate && (
              <Button data-edit variant="ghost" size="sm" onClick={onEdit}>
                <Pencil className="size-3.5" aria-hidden />
                {t("edit")}
              </Button>
            )}
            {canDelete && <DeleteNoteButton orgSlug={orgSlug} id={note.id} onRemoved={onRemoved} />}
          </div>
        )}
      </div>
      {editing ? (
        <NoteEditor orgSlug={orgSlug} note={note} onDone={onEditDone} />
      ) : (
        <p className="whitespace-pre-line break-words text-zinc-800 dark:text-zinc-200">{note.body}</p>
      )}
    </li>
  );
}

function NoteEditor({ orgSlug, note, onDone }: { orgSlug: string; note: NoteRow; onDone: (body?: string) => void }) {
  const t = useTranslations("customer.notes");
  const common = useTranslations("common");
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: updateNoteSchema,
    defaultValues: { id: note.id, body: note.body },
    action: (values) => updateNoteAction(orgSlug, values),
    onSuccess: () => {
      toast.success(t("saved"));
      onDone(form.getValues("body").trim());
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <Field label={t("editLabel")} hint={t("editShortcut")} error={errorKey(errors.body)}>
        <Textarea
          rows={4}
          autoFocus
          {...form.register("body")}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              onDone();
            } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
      </Field>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" size="sm" onClick={() => onDone()}>
          {common("cancel")}
        </Button>
        <Button type="submit" size="sm" pending={pending}>
          {common("save")}
        </Button>
      </div>
    </form>
  );
}

function DeleteNoteButton({ orgSlug, id, onRemoved }: { orgSlug: string; id: string; onRemoved: () => void }) {
  const t = useTranslations("customer");
  const showErrors = useActionErrors();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm">
          <Trash2 className="size-3.5" aria-hidden />
          {t("delete")}
        </Button>
      }
      title={t("notes.deleteTitle")}
      description={t("notes.deleteBody")}
      confirmLabel={t("notes.deleteConfirm")}
      onConfirm={async () => {
        const result = await removeNoteAction(orgSlug, { id });
        if (!result.ok) {
          showErrors(result);
          return false;
        }
        toast.success(t("notes.deleted"));
        onRemoved();
        return true;
      }}
    />
  );
}
