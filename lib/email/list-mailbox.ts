import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox, memberships } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { can } from "@/lib/permissions/can";
import type { MailboxViewer } from "./mailbox-access";

/** Open (see mailbox-access.ts): every e-mail. Otherwise admins see the e-mails of their own orgs only. */
async function visibleOrgIds(viewer: MailboxViewer) {
  if (viewer.open) return null;
  if (!viewer.user) throw new ForbiddenError("mailbox.view");
  const rows = await db.select().from(memberships).where(eq(memberships.userId, viewer.user.id));
  const orgIds = rows.filter((m) => can(m, "mailbox.view")).map((m) => m.orgId);
  if (orgIds.length === 0) throw new ForbiddenError("mailbox.view");
  return orgIds;
}

export async function listMailbox(viewer: MailboxViewer, limit = 100) {
  const orgIds = await visibleOrgIds(viewer);
  const rows = await db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.to,
      subject: emailOutbox.subject,
      kind: emailOutbox.kind,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .where(orgIds ? inArray(emailOutbox.orgId, orgIds) : undefined)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function getMailboxEmail(viewer: MailboxViewer, id: string) {
  const orgIds = await visibleOrgIds(viewer);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError("email");
  const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  if (!email || (orgIds && (!email.orgId || !orgIds.includes(email.orgId)))) throw new NotFoundError("email");
  return {
    id: email.id,
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    replyTo: email.replyTo,
    links: linksIn(email.html),
    status: email.status,
    createdAt: email.createdAt.toISOString(),
  };
}

/** Our own rendered e-mails: each call-to-action is an anchor with an absolute href. */
function linksIn(html: string) {
  const seen = new Map<string, string>();
  for (const match of html.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi)) {
    const href = match[1]!.replace(/&amp;/g, "&");
    const label = match[2]!
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/&#?\w+;/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (/^https?:\/\//.test(href) && !seen.has(href)) seen.set(href, label || href);
  }
  return [...seen].map(([href, label]) => ({ href, label }));
}
