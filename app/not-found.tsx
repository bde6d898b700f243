import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="mx-auto mt-24 max-w-md px-4 text-center">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-zinc-500">{t("body")}</p>
      <Link href="/" className={`${buttonClass("secondary")} mt-6`}>
        {t("home")}
      </Link>
    </main>
  );
}
