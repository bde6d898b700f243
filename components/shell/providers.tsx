"use client";

import { useTranslations } from "next-intl";
import { ThemeProvider } from "next-themes";
import { type ReactNode, useEffect } from "react";
import { Toaster } from "sonner";

export function Providers({ nonce, children }: { nonce?: string; children: ReactNode }) {
  const t = useTranslations("common");
  // Effects run children first, so this one says the whole page has hydrated. Browser tests wait
  // for it before typing: react-hook-form resets an input to its default when it registers, so
  // text typed before hydration would be wiped (a person rarely types that fast; a busy CI does).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem nonce={nonce}>
      {children}
      {/* sonner's own labels are English unless given: the region and its close buttons speak the page's language. */}
      <Toaster
        position="bottom-right"
        richColors
        closeButton
        containerAriaLabel={t("notifications")}
        toastOptions={{ closeButtonAriaLabel: t("closeNotification") }}
      />
    </ThemeProvider>
  );
}
