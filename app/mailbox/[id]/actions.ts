"use server";

import { toResult } from "@/lib/actions/result";
import { currentMailboxViewer } from "@/lib/email/current-mailbox-viewer";
import { simulateMailboxReply } from "@/lib/email/simulate-reply";

export async function replyFromMailboxAction(emailId: string, text: string) {
  return toResult(async () => simulateMailboxReply(await currentMailboxViewer(), { emailId: String(emailId), text: String(text) }));
}
