/** Absolute base for links in e-mails. */
export function appUrl(path = "/") {
  const base = process.env.APP_URL ?? process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
