/**
 * System lines in a record's thread are stored as keys, not sentences, so each reader sees them
 * in their own language (dispatch.thread.system.*) with the author's current name.
 */
export const SYSTEM_MESSAGES = { accepted: "assignment.accepted", rejected: "assignment.rejected" } as const;

export function systemMessageKey(body: string): "accepted" | "rejected" | null {
  if (body === SYSTEM_MESSAGES.accepted) return "accepted";
  if (body === SYSTEM_MESSAGES.rejected) return "rejected";
  return null;
}
