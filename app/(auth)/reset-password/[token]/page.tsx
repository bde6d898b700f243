import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("resetTitle"), referrer: "no-referrer" as const };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth");
  return (
    <AuthCard
      title={t("resetTitle")}
      footer={
        <Link href="/forgot-password" className="font-medium text-accent-600 hover:underline dark:text-accent-500">
          {t("requestNewLink")}
        </Link>
      }
    >
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
