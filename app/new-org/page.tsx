import { getTranslations } from "next-intl/server";
import { NewOrgForm } from "@/components/account/new-org-form";
import { AuthCard } from "@/components/auth/auth-card";
import { requireUser } from "@/lib/auth/current-user";

export default async function NewOrgPage() {
  await requireUser();
  const t = await getTranslations("auth");
  return (
    <main className="flex min-h-dvh items-start justify-center bg-zinc-50 px-4 pt-16 dark:bg-zinc-950">
      <div className="w-full max-w-sm">
        <AuthCard title={t("newOrgTitle")} description={t("newOrgDescription")}>
          <NewOrgForm />
        </AuthCard>
      </div>
    </main>
  );
}
