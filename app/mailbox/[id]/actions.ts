"use server";

import { toResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { simulateMailboxReply } from "@/lib/email/simulate-reply";

export async function replyFromMailboxAction(emailId: string, text: string) {
  return toResult(async () => simulateMailboxReply(await getCurrentUser(), { emailId: String(emailId), text: String(text) }));
}
