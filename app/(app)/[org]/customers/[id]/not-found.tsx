import { getTranslations } from "next-intl/server";
import { BackToCustomersLink } from "@/components/customers/detail/back-to-customers-link";

// Shown inside the app shell for unknown ids, malformed ids and other orgs' customers alike, so
// the page never reveals whether another org's record exists.
export default async function CustomerNotFound() {
  const t = await getTranslations("customer.notFound");
  return (
    <div className="mx-auto mt-16 max-w-md text-center">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-zinc-500">{t("body")}</p>
      <BackToCustomersLink label={t("back")} />
    </div>
  );
}
