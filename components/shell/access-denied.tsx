import { ShieldOff } from "lucide-react";
import { getTranslations } from "next-intl/server";

export async function AccessDenied() {
  const t = await getTranslations("errors");
  return (
    <div role="alert" className="mx-auto mt-16 max-w-md rounded-lg border border-zinc-200 p-8 text-center dark:border-zinc-800">
      <ShieldOff className="mx-auto size-8 text-zinc-400" aria-hidden />
      <h1 className="mt-3 text-lg font-semibold">{t("deniedTitle")}</h1>
      <p className="mt-1 text-sm text-zinc-500">{t("deniedBody")}</p>
    </div>
  );
}
