"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type DefaultValues, type FieldValues, type Path, type Resolver, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/types";

/** Shows an action's failure: field errors next to their fields, anything else in a toast. */
export function useActionErrors() {
  const t = useTranslations("errors");
  return (result: Extract<ActionResult<unknown>, { ok: false }>, setFieldError?: (field: string, key: string, focus: boolean) => boolean) => {
    let shown = false;
    if (result.fieldErrors && setFieldError) {
      Object.entries(result.fieldErrors).forEach(([field, key], i) => {
        shown = setFieldError(field, key, i === 0) || shown;
      });
    }
    if (!shown) toast.error(t.has(result.error as never) ? t(result.error as never) : t("unexpected"));
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
}: {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  action: (values: z.output<S>) => Promise<ActionResult<T>>;
  onSuccess?: (data: T) => void;
}) {
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
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await action(values);
    if (result.ok) return onSuccess?.(result.data);
    showErrors(result, (field, key, focus) => {
      if (!(field in (form.getValues() as object))) return false;
      form.setError(field as Path<z.input<S>>, { message: key }, { shouldFocus: focus });
      return true;
    });
  });
  return { form, onSubmit, errors: form.formState.errors, pending: form.formState.isSubmitting };
}

export function errorKey(error: { message?: unknown } | undefined) {
  return typeof error?.message === "string" ? error.message : undefined;
}
