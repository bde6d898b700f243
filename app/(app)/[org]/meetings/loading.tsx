import { getTranslations } from "next-intl/server";
import { ListSkeleton } from "@/components/ui/list-skeleton";

/** Skeleton in the shape of the list: header, filters, rows. */
export default async function Loading() {
  const t = await getTranslations("meetings.list");
  return (
    <ListSkeleton
      label={t("loading")}
      header={{ title: "h-6 w-44", subtitle: "hidden", action: "h-8 w-40" }}
      toolbar={["h-8 w-full sm:w-56", "h-8 w-32", "h-8 w-28", "h-8 w-full sm:w-56"]}
      columns={["h-3.5 w-40", "hidden h-3.5 w-32 sm:block", "hidden h-3.5 w-36 md:block", "h-3.5 w-24"]}
    />
  );
}
