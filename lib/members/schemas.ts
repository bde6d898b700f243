import { z } from "zod";
import { LEVELS } from "@/lib/permissions/levels";

export const ROLES = ["admin", "member"] as const;

export const memberTargetSchema = z.object({ userId: z.uuid({ error: "invalid" }) });
export const changeRoleSchema = memberTargetSchema.extend({ role: z.enum(ROLES, { error: "required" }) });
export const setLevelSchema = memberTargetSchema.extend({ level: z.enum(LEVELS, { error: "required" }) });
