import slugify from "slugify";

/** Paths that can never be org slugs because the app routes them (see proxy.ts). */
export const RESERVED_SLUGS = new Set([
  "api",
  "sign-in",
  "sign-up",
  "forgot-password",
  "reset-password",
  "invite",
  "mailbox",
  "approve",
  "assignment",
  "portal",
  "new-org",
  "account",
  "settings",
  "admin",
  "_next",
  "static",
]);

export function slugFromName(name: string) {
  const base = slugify(name, { lower: true, strict: true, locale: "tr" }).slice(0, 40).replace(/-+$/, "");
  return base.length >= 2 ? base : `org-${base}`.replace(/-$/, "");
}

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
