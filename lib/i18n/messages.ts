import en from "@/messages/en.json";
import customerEn from "@/messages/customer/en.json";
import customerRo from "@/messages/customer/ro.json";
import customerTr from "@/messages/customer/tr.json";
import customerListEn from "@/messages/customer-list/en.json";
import customerListRo from "@/messages/customer-list/ro.json";
import customerListTr from "@/messages/customer-list/tr.json";
import ro from "@/messages/ro.json";
import tr from "@/messages/tr.json";
import type { Locale } from "./locales";

// Each module's namespace lives in its own folder (messages/<namespace>/<locale>.json) so modules
// can be written side by side; here they join the main catalogue.
const catalogue = (main: typeof en, customer: typeof customerEn, customerList: typeof customerListEn) => ({
  ...main,
  customer,
  customerList,
});

export type Messages = ReturnType<typeof catalogue>;

const CATALOGUES: Record<Locale, Messages> = {
  en: catalogue(en, customerEn, customerListEn),
  tr: catalogue(tr, customerTr, customerListTr),
  ro: catalogue(ro, customerRo, customerListRo),
};

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}
