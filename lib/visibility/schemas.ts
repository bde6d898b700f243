import { z } from "zod";
import { MEMBER_POSITIONS, POSITION_SCOPES } from "@/db/schema/enum-values";

// Client-safe: the Access page and set-position-scope parse with this one schema.

type Scope = (typeof POSITION_SCOPES)[number];

/** How much of the org a scope reaches: all ⊃ department ⊃ responsible. */
const WIDTH: Record<Scope, number> = { all: 2, department: 1, responsible: 0 };

export function isWiderThan(a: Scope, b: Scope) {
  return WIDTH[a] > WIDTH[b];
}

export const positionScopeSchema = z
  .object({
    position: z.enum(MEMBER_POSITIONS, { error: "invalid" }),
    readScope: z.enum(POSITION_SCOPES, { error: "required" }),
    writeScope: z.enum(POSITION_SCOPES, { error: "required" }),
  })
  // Changing a row one cannot see makes no sense, and the seam would hide it anyway (T9).
  .refine((v) => !isWiderThan(v.writeScope, v.readScope), { path: ["writeScope"], message: "writeWiderThanRead" });
