"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/**
 * The inclusive From/To pair; read on submit, so half-typed dates never reload the report. "To"
 * may not precede "From": the browser refuses that before it reaches the server.
 */
export function DateRangeFields({ from, to, error }: { from: string; to: string; error?: string }) {
  const t = useTranslations("reports.filters");
  const [start, setStart] = useState(from);
  return (
    <>
      <Field label={t("from")}>
        <Input type="date" name="from" defaultValue={from} required onChange={(e) => setStart(e.target.value)} />
      </Field>
      <Field label={t("to")} error={error}>
        <Input type="date" name="to" defaultValue={to} min={start || undefined} required />
      </Field>
    </>
  );
}

export function readRange(form: HTMLFormElement) {
  const data = new FormData(form);
  return { from: String(data.get("from") ?? ""), to: String(data.get("to") ?? "") };
}
