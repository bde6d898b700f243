// Client-safe. An IANA zone name the runtime knows (full ICU in Node and Chromium, STACK-NOTES):
// the org settings and the business-calendar forms accept exactly what Intl can format in.
export function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
