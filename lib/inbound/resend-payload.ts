import { z } from "zod";

const addresses = z.array(z.string().max(500)).max(100).default([]);

/**
 * Resend's `email.received` webhook. Resend sends metadata only (the body is fetched from its
 * Received Emails API); `text`/`html` are read when present, as in the development mailbox's replies.
 */
export const receivedEmailEvent = z.object({
  type: z.literal("email.received"),
  created_at: z.string().max(100).optional(),
  data: z.object({
    email_id: z.string().min(1).max(200),
    from: z.string().max(500),
    to: addresses,
    cc: addresses.nullish(),
    received_for: addresses.nullish(),
    subject: z.string().max(2000).nullish(),
    message_id: z.string().max(1000).nullish(),
    text: z.string().max(1_000_000).nullish(),
    html: z.string().max(5_000_000).nullish(),
  }),
});

export type ReceivedEmail = z.output<typeof receivedEmailEvent>["data"];
