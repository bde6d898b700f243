import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

// Messages are catalogue keys under `validation.`; forms and verbs share these schemas.
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, { error: "passwordTooShort" })
  .max(PASSWORD_MAX, { error: "passwordTooLong" });

export const nameSchema = z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" });

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
  .object({ token: z.string().min(1), password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { error: "passwordsDiffer", path: ["confirm"] });

export const changePasswordSchema = z
  .object({ current: z.string().min(1, { error: "required" }), password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { error: "passwordsDiffer", path: ["confirm"] });

export type SignUpInput = z.input<typeof signUpSchema>;

export const profileSchema = z.object({ name: nameSchema, locale: z.enum(LOCALES).nullable() });
