import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

/** Namespaces only server code reads (e-mails, server-rendered pages): never sent to the browser. */
const SERVER_ONLY = new Set<keyof Messages>(["app", "emails", "mailbox", "overview", "notFound"]);
/** Parts of module namespaces only the server reads: e-mail texts and the public token pages. */
const SERVER_ONLY_PARTS: Partial<Record<keyof Messages, readonly string[]>> = {
  dispatch: ["email", "respond"],
  approval: ["email", "report", "page", "history"],
};

function withoutServerParts(namespace: keyof Messages, messages: unknown) {
  const parts = SERVER_ONLY_PARTS[namespace];
  if (!parts || typeof messages !== "object" || messages === null) return messages;
  return Object.fromEntries(Object.entries(messages).filter(([part]) => !parts.includes(part)));
}

/**
 * Public pages opened from an e-mail link (approval, assignment answer) are read on phones over
 * mobile data: they get only the shared basics; their forms bring their own strings.
 */
const PUBLIC_PAGES = ["/approve/", "/assignment/"];
const PUBLIC_NAMESPACES = new Set<keyof Messages>(["common", "errors", "validation"]);

/**
 * The catalogue for client components, without what they never read: the catalogue travels with
 * every page twice (HTML and RSC payload). One provider at the root — nested providers with
 * per-section subsets left some client components without their namespace during rendering.
 */
export async function ClientMessages({ children }: { children: ReactNode }) {
  const [all, headerList] = await Promise.all([getMessages() as Promise<Messages>, headers()]);
  const path = headerList.get("x-pathname") ?? "";
  const wanted = PUBLIC_PAGES.some((prefix) => path.startsWith(prefix))
    ? (namespace: keyof Messages) => PUBLIC_NAMESPACES.has(namespace)
    : (namespace: keyof Messages) => !SERVER_ONLY.has(namespace);
  const messages = Object.fromEntries(
    Object.entries(all)
      .filter(([namespace]) => wanted(namespace as keyof Messages))
      .map(([namespace, value]) => [namespace, withoutServerParts(namespace as keyof Messages, value)]),
  );
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
