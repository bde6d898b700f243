"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { toResult } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { safePath } from "@/lib/http/safe-path";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { changePassword } from "./change-password";
import { signIn, signOut } from "./config";
import { getCurrentUser, requireUser } from "./current-user";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { signUp } from "./sign-up";
import { setUserLocale, updateProfile } from "./update-profile";

/** Refusals the sign-in form names (lib/auth/config.ts); any other failure is "incorrect". */
const SIGN_IN_REFUSALS = new Set(["signInBlocked", "employmentEnded"]);

/** `redirect: false` leaves the navigation to the caller (see signInAction). */
async function signInOrThrow(email: string, password: string, redirectTo: string, { redirect = true }: { redirect?: boolean } = {}) {
  try {
    await signIn("credentials", { email, password, redirectTo, redirect });
  } catch (error) {
    if (error instanceof CredentialsSignin) throw new AppError(SIGN_IN_REFUSALS.has(error.code) ? error.code : "invalidCredentials");
    if (error instanceof AuthError) throw new AppError("invalidCredentials");
    throw error;
  }
}

/**
 * Returns where to go instead of redirecting: the form then loads it as a new document. A redirect
 * from the action renders the target inside the action's own request (POST /sign-in), where the
 * locale resolver (lib/i18n/request.ts) sees no org in the URL: a member of a Turkish org got the
 * browser's English root layout — `<html lang>`, the menu's client catalogue — until the next page.
 */
export async function signInAction(values: { email: string; password: string }, callbackUrl?: string) {
  return toResult(async () => {
    const redirectTo = safePath(callbackUrl);
    await signInOrThrow(String(values.email), String(values.password), redirectTo, { redirect: false });
    return { redirectTo };
  });
}

export async function signUpAction(values: unknown) {
  return toResult(async () => {
    const created = await signUp(values, await getLocale());
    const { password } = values as { password: string };
    await signInOrThrow(created.email, password, `/${created.orgSlug}`);
  });
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}

/** Sign-out for the app's menu, which loads the sign-in page as a new document (see signInAction). */
export async function signOutWithoutRedirectAction() {
  await signOut({ redirect: false });
}

export async function forgotPasswordAction(values: unknown) {
  return toResult(async () => requestPasswordReset(values, { locale: await getLocale(), ip: clientAddress(await headers()) }));
}

export async function resetPasswordAction(values: unknown) {
  const result = await toResult(() => resetPassword(values));
  if (result.ok) redirect("/sign-in?reset=1");
  return result;
}

export async function changePasswordAction(orgSlug: string, values: unknown) {
  return toResult(async () => {
    const user = await requireUser();
    await changePassword(user, values);
    // Every session ended, this one too; sign this browser in again with the new password.
    await signInOrThrow(user.email, (values as { password: string }).password, `/${encodeURIComponent(orgSlug)}/account?password=changed`);
  });
}

export async function updateProfileAction(values: unknown) {
  return toResult(async () => updateProfile(await requireUser(), values));
}

export async function setLocaleAction(locale: string) {
  return toResult(async () => {
    const user = await getCurrentUser();
    if (user) await setUserLocale(user, locale);
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  });
}

export async function acceptInvitationAction(values: { token: string; name?: string; password?: string }) {
  return toResult(async () => {
    const accepted = await acceptInvitation(values, await getCurrentUser());
    if (accepted.newUser && values.password) await signInOrThrow(accepted.email, values.password, `/${accepted.orgSlug}`);
    redirect(`/${accepted.orgSlug}`);
  });
}
