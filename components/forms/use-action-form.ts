"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { type DefaultValues, type FieldValues, type Path, type Resolver, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/types";
import { useIdempotencyKey } from "./use-idempotency-key";

/**
 * Shows an action's failure: field errors next to their fields, anything else in a toast — or,
 * given `showAtForm`, at the form (where a toast would vanish before it is read).
 */
export function useActionErrors() {
  const t = useTranslations("errors");
  return (
    result: Extract<ActionResult<unknown>, { ok: false }>,
    setFieldError?: (field: string, key: string, focus: boolean) => boolean,
    showAtForm?: (message: string) => void,
  ) => {
    let shown = false;
    if (result.fieldErrors && setFieldError) {
      Object.entries(result.fieldErrors).forEach(([field, key], i) => {
        shown = setFieldError(field, key, i === 0) || shown;
      });
    }
    if (shown) return;
    const message = t.has(result.error as never) ? t(result.error as never) : t("unexpected");
    if (showAtForm) showAtForm(message);
    else toast.error(message);
  };
}

/**
 * react-hook-form with the same zod schema the verb uses. The user's input stays in the form on
 * any error; field errors from the server land next to the field.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>({
  schema,
  defaultValues,
  action,
  onSuccess,
  errorsAtForm = false,
  idempotent = false,
}: {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  action: (values: z.output<S>) => Promise<ActionResult<T>>;
  onSuccess?: (data: T) => void;
  /** Show errors that belong to no field in `formError` (render it with FormError), not a toast. */
  errorsAtForm?: boolean;
  /** A create form: every submission carries the form's idempotency key (the schema's `idempotencyKey`). */
  idempotent?: boolean;
}) {
  const idempotency = useIdempotencyKey();
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // The resolver's overloads cannot see that S is a zod schema of these exact input/output types.
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
    // Validate on submit, then as the user corrects: errors appearing on blur shift the layout
    // under the pointer (a click on a link below an autofocused field would miss).
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const showErrors = useActionErrors();
  // Each failure is a new object, so the same message twice is announced and focused again.
  const [formError, setFormError] = useState<{ message: string } | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await action(idempotent ? { ...values, idempotencyKey: idempotency.key } : values);
    if (result.ok) {
      if (idempotent) idempotency.renew();
      return onSuccess?.(result.data);
    }
    showErrors(
      result,
      (field, key, focus) => {
        if (!(field in (form.getValues() as object))) return false;
        form.setError(field as Path<z.input<S>>, { message: key }, { shouldFocus: focus });
        return true;
      },
      errorsAtForm ? (message) => setFormError({ message }) : undefined,
    );
  });
  return { form, onSubmit, errors: form.formState.errors, pending: form.formState.isSubmitting, formError };
}

export function errorKey(error: { message?: unknown } | undefined) {
  return typeof error?.message === "string" ? error.message : undefined;
}
