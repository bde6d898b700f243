import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/shell/theme-toggle";

export async function generateMetadata() {
  return { title: (await getTranslations("mailbox"))("title"), robots: { index: false } };
}

export default async function MailboxLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("mailbox");
  return (
    <div className="min-h-dvh bg-zinc-50 dark:bg-zinc-950">
      <header className="flex items-center justify-between border-b border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900">
        <Link href="/mailbox" className="font-semibold">
          {t("title")}
        </Link>
        {/* No language switch here: each e-mail is shown in its recipient's language, and the
            mailbox around it follows the viewer's language like every other page. A switch
            suggested it would translate the e-mails. */}
        <div className="flex items-center gap-2">
          <ThemeToggle />
        </div>
      </header>
      <main className="mx-auto max-w-4xl px-4 py-6">{children}</main>
    </div>
  );
}
