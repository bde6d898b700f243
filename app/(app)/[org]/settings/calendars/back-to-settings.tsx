import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function BackToSettings({ orgSlug, href }: { orgSlug: string; href?: string }) {
  const t = await getTranslations("calendars");
  return (
    <Link
      href={href ?? `/${orgSlug}/settings`}
      className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200"
    >
      <ChevronLeft className="size-4" aria-hidden />
      {href ? t("title") : t("backToSettings")}
    </Link>
  );
}
