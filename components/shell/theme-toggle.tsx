"use client";

import { Moon, Sun } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { Button } from "@/components/ui/button";

export function ThemeToggle() {
  const { resolvedTheme, setTheme } = useTheme();
  const t = useTranslations("shell");
  const dark = resolvedTheme === "dark";
  return (
    <Button variant="ghost" size="sm" aria-label={dark ? t("lightTheme") : t("darkTheme")} onClick={() => setTheme(dark ? "light" : "dark")}>
      <Sun className="hidden size-4 dark:block" aria-hidden />
      <Moon className="size-4 dark:hidden" aria-hidden />
    </Button>
  );
}
