"use client";

import { type AbstractIntlMessages, type Locale, NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import { type ReactNode, useMemo } from "react";
import { mergeMessages } from "@/lib/i18n/merge-messages";

/**
 * A section's messages added to those of the sections above it. next-intl's nested provider
 * replaces its parent's messages; merging here means shared namespaces travel once, with the
 * outermost layout, and a section cannot lose what its parents sent. With its own `locale` the
 * section replaces instead (its strings must all be in that language).
 */
export function MergeMessages({ messages, locale, children }: { messages: AbstractIntlMessages; locale?: Locale; children: ReactNode }) {
  const parent = useMessages();
  const parentLocale = useLocale();
  const merged = useMemo(() => (locale ? messages : (mergeMessages(parent, messages) as AbstractIntlMessages)), [locale, parent, messages]);
  return (
    <NextIntlClientProvider locale={locale ?? parentLocale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
