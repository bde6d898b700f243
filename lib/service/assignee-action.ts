import type { Action } from "@/lib/permissions/actions";

// Client-safe. What an assignee must be allowed to do: the assignment exists so they go and log
// time on the record, so the picker and the assign verb both ask the permission table this.
export const ASSIGNEE_ACTION: Action = "timeEntries.log";
