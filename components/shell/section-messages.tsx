import "server-only";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, type ClientSection } from "@/lib/i18n/client-namespaces";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { MergeMessages } from "./merge-messages";

/**
 * Rendered by a section's layout.tsx around its children: the namespaces its client components
 * use (lib/i18n/client-namespaces.ts), from the request's catalogue with the org's own labels.
 * A section in a locale of its own (a public page in the org's language) reads that catalogue.
 */
export async function SectionMessages({ section, locale, children }: { section: ClientSection; locale?: Locale; children: ReactNode }) {
  const all = locale ? messagesFor(locale) : await getMessages();
  return (
    <MergeMessages messages={pickMessages(all, CLIENT_NAMESPACES[section])} locale={locale}>
      {children}
    </MergeMessages>
  );
}
