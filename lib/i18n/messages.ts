import en from "@/messages/en.json";
import contactListEn from "@/messages/contact-list/en.json";
import contactListRo from "@/messages/contact-list/ro.json";
import contactListTr from "@/messages/contact-list/tr.json";
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
const catalogue = (main: typeof en, customer: typeof customerEn, customerList: typeof customerListEn, contactList: typeof contactListEn) => ({
  ...main,
  customer,
  customerList,
  contactList,
});

export type Messages = ReturnType<typeof catalogue>;

const CATALOGUES: Record<Locale, Messages> = {
  en: catalogue(en, customerEn, customerListEn, contactListEn),
  tr: catalogue(tr, customerTr, customerListTr, contactListTr),
  ro: catalogue(ro, customerRo, customerListRo, contactListRo),
};

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}
