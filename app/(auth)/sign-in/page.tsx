import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard, Notice } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { authUrlMismatch } from "@/lib/auth/auth-url-mismatch";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safePath } from "@/lib/http/safe-path";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signIn") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string }> }) {
  const { callbackUrl, reset } = await searchParams;
  if (await getCurrentUser()) redirect(safePath(callbackUrl));
  const t = await getTranslations("auth");
  const mismatch = authUrlMismatch(await headers());
  return (
    <AuthCard
      title={t("signInTitle")}
      description={t("signInDescription")}
      footer={
        <>
          {t("noAccount")}{" "}
          <Link href="/sign-up" className="font-medium text-accent-600 hover:underline dark:text-accent-500">
            {t("signUp")}
          </Link>
        </>
      }
    >
      {mismatch && <Notice tone="error">{t("authUrlMismatch", mismatch)}</Notice>}
      {reset && <Notice>{t("passwordWasReset")}</Notice>}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className="text-zinc-600 hover:underline dark:text-zinc-400">
          {t("forgotPassword")}
        </Link>
      </p>
    </AuthCard>
  );
}
