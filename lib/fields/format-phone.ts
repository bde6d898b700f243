import { parsePhoneNumberFromString } from "libphonenumber-js";

/** Phones are stored as E.164 ("+902125550102"); people read them grouped ("+90 212 555 01 02"). */
export function formatPhone(e164: string) {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
