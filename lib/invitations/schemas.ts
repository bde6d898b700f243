import { z } from "zod";
import { exactText } from "@/lib/fields/text";
import { emailSchema, nameSchema, passwordSchema } from "@/lib/auth/schemas";
import { ROLES } from "@/lib/members/schemas";
import { LEVELS } from "@/lib/permissions/levels";

export const INVITATION_DAYS = 7;

export const createInvitationSchema = z.object({
  email: emailSchema,
  role: z.enum(ROLES, { error: "required" }).default("member"),
  level: z.enum(LEVELS, { error: "required" }).default("view"),
});
export type CreateInvitationInput = z.input<typeof createInvitationSchema>;

export const invitationTargetSchema = z.object({ invitationId: z.uuid({ error: "invalid" }) });

/** A new user accepting an invitation chooses a name and password; an existing user sends only the token. */
export const acceptInvitationSchema = z.object({
  token: exactText().min(1),
  name: nameSchema.optional(),
  password: passwordSchema.optional(),
});
