"use server";

import { orgMutation } from "@/lib/actions/result";
import { postMessage } from "./post-message";

/** The composer sends FormData: text plus the chosen files. */
export async function postMessageAction(orgSlug: string, formData: FormData) {
  const files = formData.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
  return orgMutation(orgSlug, (ctx) => postMessage(ctx, { recordId: formData.get("recordId"), body: formData.get("body") ?? "", files }));
}
