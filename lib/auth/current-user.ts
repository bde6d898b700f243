import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { readSessionUser } from "./read-session";
import type { LiveSessionUser } from "./sessions";

export type CurrentUser = LiveSessionUser;

/**
 * The request's user: the session cookie decoded and its session row checked once per request,
 * shared by the layouts, the page, its loaders and the locale resolver (React `cache`).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => readSessionUser(await cookies()));

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
