import type { MemberPosition, PositionScope } from "@/db/schema/people";

// Client-safe (types only from the schema): the Access page shows these as the starting values,
// and the scope resolver falls back to them for a position the org never configured.

export type ScopePair = { read: PositionScope; write: PositionScope };

/** Seed 004: directors see and change everything, managers their department, employees what they are responsible for. */
export const DEFAULT_POSITION_SCOPES: Record<MemberPosition, ScopePair> = {
  director: { read: "all", write: "all" },
  manager_director: { read: "all", write: "all" },
  manager: { read: "department", write: "department" },
  employee: { read: "responsible", write: "responsible" },
};
