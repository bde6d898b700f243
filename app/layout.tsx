import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";
import { Providers } from "@/components/shell/providers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: "Servio", template: "%s · Servio" }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, nonce] = await Promise.all([getLocale(), headers().then((h) => h.get("x-nonce") ?? undefined)]);
  return (
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-dvh">
        <ClientMessages>
          <Providers nonce={nonce}>{children}</Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
