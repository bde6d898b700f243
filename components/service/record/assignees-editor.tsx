"use client";

import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { assignEmployeesAction } from "@/lib/service/actions";

/**
 * Changes who is assigned (SPEC S4: at filing time or later). Saving e-mails the people added;
 * people removed lose their links.
 */
export function AssigneesEditor({
  orgSlug,
  recordId,
  members,
  assigned,
}: {
  orgSlug: string;
  recordId: string;
  /** The customer's authorised technicians first (T5), marked. */
  members: { id: string; name: string; authorised?: boolean }[];
  assigned: string[];
}) {
  const t = useTranslations("service.record");
  const assignees = useTranslations("structure.assignees");
  const validation = useTranslations("validation");
  const router = useRouter();
  const showErrors = useActionErrors();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>(assigned);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (!open)
    return (
      <Button variant="ghost" size="sm" onClick={() => (setChosen(assigned), setError(null), setOpen(true))}>
        <UserPlus className="size-4" aria-hidden />
        {t("changeAssignees")}
      </Button>
    );

  const save = () =>
    startTransition(async () => {
      const result = await assignEmployeesAction(orgSlug, { id: recordId, userIds: chosen });
      // The verb refuses people who may not work the record as a field error on userIds.
      if (!result.ok) return showErrors(result, (field, key) => field === "userIds" && (setError(key), true));
      toast.success(t("assigneesSaved"));
      setOpen(false);
      router.refresh();
    });

  return (
    <fieldset className="w-full space-y-2 px-4 pb-3" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <legend className="sr-only">{t("changeAssignees")}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {members.map((m) => (
          <label key={m.id} className="flex items-center gap-2 rounded px-1.5 py-1 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800">
            <input
              type="checkbox"
              className="accent-accent-600"
              checked={chosen.includes(m.id)}
              onChange={(e) => setChosen((all) => (e.target.checked ? [...all, m.id] : all.filter((id) => id !== m.id)))}
            />
            {m.name}
            {m.authorised && <Badge tone="accent">{assignees("authorised")}</Badge>}
          </label>
        ))}
      </div>
      <p className="text-xs text-zinc-500">{t("assigneesHint")}</p>
      {error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {validation.has(error as never) ? validation(error as never) : validation("invalid")}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" size="sm" onClick={() => setOpen(false)}>
          {t("cancelAssignees")}
        </Button>
        <Button size="sm" pending={pending} onClick={save}>
          {t("saveAssignees")}
        </Button>
      </div>
    </fieldset>
  );
}
