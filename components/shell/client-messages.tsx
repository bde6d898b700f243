import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

/** What every page's client components may use: buttons, field errors, the shell. */
const SHARED = ["common", "errors", "validation", "shell", "nav"] as const satisfies readonly (keyof Messages)[];

/**
 * Gives the client components below it the shared namespaces plus `namespaces`, and nothing else:
 * the whole catalogue would travel with every page twice (HTML and RSC payload). Server components
 * read the full catalogue regardless. A section's layout names what its client components use.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly (keyof Messages)[]; children: ReactNode }) {
  const all = (await getMessages()) as Messages;
  const messages = Object.fromEntries([...SHARED, ...namespaces].map((namespace) => [namespace, all[namespace]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
