import { randomBytes } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { closeDb, db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { stopBoss } from "@/lib/jobs/boss";

/** The error a promise rejects with, asserted to be of the given class. */
export async function caught<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => new Error("expected the promise to reject, but it resolved"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

/** A client address nobody else uses, so sign-in throttling in one test never leaks into another. */
export function uniqueIp() {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/** E-mails written to the outbox for an address, newest first. */
export function emailsTo(address: string) {
  return db.select().from(emailOutbox).where(eq(emailOutbox.to, address)).orderBy(desc(emailOutbox.createdAt));
}

/** The token of the link (`/reset-password/<token>` or `/invite/<token>`) in a rendered e-mail. */
export function tokenFromLink(html: string, path: "/reset-password/" | "/invite/") {
  const match = html.match(new RegExp(`${path}([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in the e-mail`);
  return match[1];
}

/** Verbs that send e-mail start pg-boss; each file stops it and closes its pool. */
export async function closeConnections() {
  await stopBoss();
  await closeDb();
}
