import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./config";

export type CurrentUser = { id: string; email: string; name: string; locale: string | null };

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  return session?.user?.id ? session.user : null;
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
