/** What the public approval form shows after a submit; shared by the server action and the form. */
export type ApproveFormState =
  | { status: "idle" }
  | { status: "approved"; number: string; score: number; orgName: string }
  | { status: "invalid"; fieldErrors: Record<string, string> }
  | { status: "refused"; reason: "unknown" | "used" | "expired" | "rateLimited" | "unexpected" };
