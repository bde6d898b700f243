import { getTranslations } from "next-intl/server";
import { ListSkeleton } from "@/components/ui/list-skeleton";

/** Skeleton in the shape of the list: header, filters, rows. */
export default async function Loading() {
  const t = await getTranslations("tasks.list");
  return (
    <ListSkeleton
      label={t("loading")}
      header={{ title: "h-6 w-44", subtitle: "h-4 w-24" }}
      toolbar={["h-8 w-full sm:w-56", "h-8 w-36", "h-8 w-28"]}
      columns={["h-3.5 w-48", "hidden h-3.5 w-32 sm:block", "hidden h-3.5 w-28 md:block", "h-3.5 w-24"]}
    />
  );
}
