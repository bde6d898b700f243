import en from "@/messages/en.json";
import ro from "@/messages/ro.json";
import tr from "@/messages/tr.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

const CATALOGUES: Record<Locale, Messages> = { en, tr, ro };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}
