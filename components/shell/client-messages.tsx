import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

/** Namespaces only server code reads (e-mails, server-rendered pages): never sent to the browser. */
const SERVER_ONLY = new Set<keyof Messages>(["app", "emails", "mailbox", "overview", "notFound"]);

/**
 * The catalogue for client components, without what only the server reads: the catalogue travels
 * with every page twice (HTML and RSC payload). One provider at the root — nested providers with
 * per-section subsets left some client components without their namespace during rendering.
 */
export async function ClientMessages({ children }: { children: ReactNode }) {
  const all = (await getMessages()) as Messages;
  const messages = Object.fromEntries(Object.entries(all).filter(([namespace]) => !SERVER_ONLY.has(namespace as keyof Messages)));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
