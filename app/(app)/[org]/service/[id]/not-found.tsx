import { getTranslations } from "next-intl/server";
import { BackToServiceLink } from "@/components/service/record/back-to-service-link";

// Shown for unknown ids, malformed ids and other orgs' records alike, so the page never reveals
// whether another org's record exists.
export default async function ServiceRecordNotFound() {
  const t = await getTranslations("service.record.notFound");
  return (
    <div className="mx-auto mt-16 max-w-md text-center">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-zinc-500">{t("body")}</p>
      <BackToServiceLink label={t("back")} />
    </div>
  );
}
