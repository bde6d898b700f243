"use client";

import { Wrench } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { setCustomerTechniciansAction } from "@/lib/customers/actions";

type Technician = { id: string; name: string };

/**
 * SPEC T5 on the customer page: who is authorised, and for Edit a multi-select of the members
 * marked technician (the verb refuses anyone else).
 */
export function CustomerTechnicians({
  orgSlug,
  customerId,
  chosen,
  technicians,
  left,
  names,
  canUpdate,
}: {
  orgSlug: string;
  customerId: string;
  chosen: string[];
  technicians: Technician[];
  /** Authorised technicians who have since left (SPEC T8): kept until handed over, not offered to others. */
  left: Technician[];
  /** Names of members no longer marked technician but still authorised. */
  names: Record<string, string>;
  canUpdate: boolean;
}) {
  const t = useTranslations("structure.technicians");
  const validation = useTranslations("validation");
  const router = useRouter();
  const showErrors = useActionErrors();
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<string[]>(chosen);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const leaver = (id: string) => left.find((m) => m.id === id);
  const nameOf = (id: string) => {
    const gone = leaver(id);
    return gone ? t("left", { name: gone.name }) : (technicians.find((m) => m.id === id)?.name ?? names[id] ?? "");
  };

  const start = () => {
    // Someone no longer marked technician cannot stay authorised: they are not offered, so saving
    // drops them. Someone who left stays ticked (unticking hands the customer over).
    setSelected(chosen.filter((id) => technicians.some((m) => m.id === id) || leaver(id)));
    setError(null);
    setOpen(true);
  };
  const save = () =>
    startTransition(async () => {
      const result = await setCustomerTechniciansAction(orgSlug, { customerId, userIds: selected });
      if (!result.ok) return showErrors(result, (field, key) => field === "userIds" && (setError(key), true));
      toast.success(t("saved"));
      setOpen(false);
      router.refresh();
    });

  return (
    <Card>
      <CardHeader
        title={t("title")}
        description={t("description")}
        actions={
          canUpdate &&
          !open && (
            <Button variant="ghost" size="sm" onClick={start}>
              <Wrench className="size-4" aria-hidden />
              {t("change")}
            </Button>
          )
        }
      />
      {!open &&
        (chosen.length === 0 ? (
          <p className="px-4 py-3 text-sm text-zinc-500">{t("none")}</p>
        ) : (
          <ul aria-label={t("title")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {chosen.map((id) => (
              <li key={id} className="px-4 py-2.5 text-sm font-medium">
                {nameOf(id)}
              </li>
            ))}
          </ul>
        ))}
      {open && (
        <fieldset className="space-y-2 px-4 py-3" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
          <legend className="sr-only">{t("title")}</legend>
          {technicians.length === 0 && <p className="text-sm text-zinc-500">{t("noneFlagged")}</p>}
          <div className="grid gap-1 sm:grid-cols-2">
            {[...left, ...technicians].map((m) => (
              <label key={m.id} className="flex items-center gap-2 rounded px-1.5 py-1 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800">
                <input
                  type="checkbox"
                  className="accent-accent-600"
                  checked={selected.includes(m.id)}
                  onChange={(e) => setSelected((all) => (e.target.checked ? [...all, m.id] : all.filter((id) => id !== m.id)))}
                />
                {nameOf(m.id)}
              </label>
            ))}
          </div>
          {error && (
            <p role="alert" className="text-sm text-red-600 dark:text-red-400">
              {validation.has(error as never) ? validation(error as never) : validation("invalid")}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" size="sm" onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
            <Button size="sm" pending={pending} onClick={save}>
              {t("save")}
            </Button>
          </div>
        </fieldset>
      )}
    </Card>
  );
}
