import { getTranslations } from "next-intl/server";
import { ListSkeleton } from "@/components/ui/list-skeleton";

/** Skeleton in the shape of the list: header, toolbar, dense rows. */
export default async function Loading() {
  const t = await getTranslations("customerList");
  return (
    <ListSkeleton
      label={t("loading")}
      header={{ title: "h-6 w-36", subtitle: "h-4 w-24", action: "h-8 w-32" }}
      toolbar={["h-8 w-full sm:w-64", "h-8 w-20", "h-8 w-20", "h-8 w-28"]}
      columns={["h-3.5 w-40", "h-3.5 w-20", "hidden h-3.5 w-28 sm:block", "hidden h-3.5 w-36 md:block"]}
    />
  );
}
