"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { POSITION_SCOPES } from "@/db/schema/enum-values";
import { setPositionScopeAction } from "@/lib/visibility/actions";
import type { PositionScopeRow } from "@/lib/visibility/list-position-scopes";
import { positionScopeSchema } from "@/lib/visibility/schemas";

function PositionScopeForm({ orgSlug, row, readOnly }: { orgSlug: string; row: PositionScopeRow; readOnly: boolean }) {
  const t = useTranslations("structure.access");
  const positions = useTranslations("structure.positions");
  const scopes = useTranslations("structure.scopes");
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: positionScopeSchema,
    defaultValues: { position: row.position, readScope: row.read, writeScope: row.write },
    action: (values) => setPositionScopeAction(orgSlug, values),
    onSuccess: () => toast.success(t("saved")),
  });
  const position = positions(row.position);
  const options = POSITION_SCOPES.map((scope) => (
    <option key={scope} value={scope}>
      {scopes(scope)}
    </option>
  ));
  return (
    <form onSubmit={onSubmit} noValidate aria-label={position} className="grid gap-3 p-4 sm:grid-cols-[10rem_1fr_1fr_auto] sm:items-start">
      <div className="pt-1 font-medium sm:pt-7">
        {position} {row.isDefault && <Badge>{t("default")}</Badge>}
      </div>
      <Field label={t("read")} error={errorKey(errors.readScope)}>
        <Select aria-label={t("readOf", { position })} disabled={readOnly} {...form.register("readScope")}>
          {options}
        </Select>
      </Field>
      <Field label={t("write")} error={errorKey(errors.writeScope)}>
        <Select aria-label={t("writeOf", { position })} disabled={readOnly} {...form.register("writeScope")}>
          {options}
        </Select>
      </Field>
      {!readOnly && (
        <Button type="submit" variant="secondary" pending={pending} className="sm:mt-6" aria-label={`${t("save")}: ${position}`}>
          {t("save")}
        </Button>
      )}
    </form>
  );
}

/** One row per position: what its holders see and what they may change (T9). */
export function PositionScopesEditor({ orgSlug, rows, readOnly }: { orgSlug: string; rows: PositionScopeRow[]; readOnly: boolean }) {
  return (
    <div className="divide-y divide-zinc-100 dark:divide-zinc-800">
      {rows.map((row) => (
        <PositionScopeForm key={row.position} orgSlug={orgSlug} row={row} readOnly={readOnly} />
      ))}
    </div>
  );
}
