import "server-only";
import nodemailer from "nodemailer";
import { Resend } from "resend";
import type { OutboxEmail } from "@/db/schema";

export type Transport = {
  name: "resend" | "smtp" | "mailbox";
  send: (email: OutboxEmail) => Promise<{ providerId?: string }>;
};

const from = () => process.env.EMAIL_FROM ?? "Servio <no-reply@servio.local>";

function resendTransport(apiKey: string): Transport {
  const resend = new Resend(apiKey);
  return {
    name: "resend",
    async send(email) {
      // The outbox id as idempotency key: a retry after a lost response cannot send twice.
      const { data, error } = await resend.emails.send(
        { from: from(), to: email.to, replyTo: email.replyTo ?? undefined, subject: email.subject, html: email.html, text: email.text },
        { idempotencyKey: email.id },
      );
      if (error) throw new Error(`Resend: ${error.name}: ${error.message}`);
      return { providerId: data?.id };
    },
  };
}

export function smtpTransport(url: string): Transport {
  // nodemailer waits up to 2 and 10 minutes by default; a hung server must fail the send well
  // inside the e-mail job's expiry (lib/jobs/boss.ts), so the retry is an ordinary one.
  const mailer = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    name: "smtp",
    async send(email) {
      const info = await mailer.sendMail({
        from: from(),
        to: email.to,
        replyTo: email.replyTo ?? undefined,
        subject: email.subject,
        html: email.html,
        text: email.text,
        messageId: `<${email.id}@servio>`,
      });
      return { providerId: info.messageId };
    },
  };
}

/** Development mailbox: the outbox row is the delivered message, shown at /mailbox. */
const mailboxTransport: Transport = { name: "mailbox", send: async () => ({}) };

export function transportFromEnv(): Transport {
  if (process.env.RESEND_API_KEY) return resendTransport(process.env.RESEND_API_KEY);
  if (process.env.SMTP_URL) return smtpTransport(process.env.SMTP_URL);
  return mailboxTransport;
}

export function usesDevelopmentMailbox() {
  return !process.env.RESEND_API_KEY && !process.env.SMTP_URL;
}
