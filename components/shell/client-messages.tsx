import "server-only";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { pickMessages } from "@/lib/i18n/pick-messages";

/**
 * The root of the client catalogue: only what the root layout's own client components and every
 * section share (lib/i18n/client-namespaces.ts). Each section's layout adds its namespaces
 * (SectionMessages), so a page ships what its client components use and nothing else.
 */
export async function ClientMessages({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), CLIENT_NAMESPACES[""])}>{children}</NextIntlClientProvider>;
}
