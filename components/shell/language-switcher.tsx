"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Select } from "@/components/ui/input";
import { setLocaleAction } from "@/lib/auth/actions";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";

export function LanguageSwitcher() {
  const locale = useLocale();
  const t = useTranslations("shell");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Select
      aria-label={t("language")}
      value={locale}
      disabled={pending}
      className="h-8 w-auto text-xs"
      onChange={(event) => {
        const next = event.target.value;
        startTransition(async () => {
          await setLocaleAction(next);
          router.refresh();
        });
      }}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </Select>
  );
}
