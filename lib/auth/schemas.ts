import { z } from "zod";
import { exactText, MAX_LENGTH, requiredText } from "@/lib/fields/text";
import { LOCALES } from "@/lib/i18n/locales";

// Messages are catalogue keys under `validation.`; forms and verbs share these schemas.
export const emailSchema = requiredText(MAX_LENGTH.email)
  .toLowerCase()
  .pipe(z.email({ error: "email" }));

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = MAX_LENGTH.password;
export const passwordSchema = z.string().min(PASSWORD_MIN, { error: "passwordTooShort" }).max(PASSWORD_MAX, { error: "passwordTooLong" });

export const nameSchema = requiredText(MAX_LENGTH.label);

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "required" }).max(PASSWORD_MAX, { error: "passwordTooLong" }),
});

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  orgName: nameSchema,
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({ token: exactText().min(1), password: passwordSchema, confirm: exactText(PASSWORD_MAX) })
  .refine((v) => v.password === v.confirm, { error: "passwordsDiffer", path: ["confirm"] });

export const changePasswordSchema = z
  .object({ current: exactText(PASSWORD_MAX).min(1, { error: "required" }), password: passwordSchema, confirm: exactText(PASSWORD_MAX) })
  .refine((v) => v.password === v.confirm, { error: "passwordsDiffer", path: ["confirm"] });

export type SignUpInput = z.input<typeof signUpSchema>;

export const profileSchema = z.object({ name: nameSchema, locale: z.enum(LOCALES).nullable() });
