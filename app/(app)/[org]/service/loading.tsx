import { getTranslations } from "next-intl/server";
import { ListSkeleton } from "@/components/ui/list-skeleton";

/** Skeleton in the shape of the Service list: header, filters, dense rows. */
export default async function Loading() {
  const t = await getTranslations("service.list");
  return (
    <ListSkeleton
      label={t("loading")}
      header={{ title: "h-6 w-40", subtitle: "h-4 w-24", action: "h-8 w-40" }}
      toolbar={["h-8 w-20", "h-8 w-28", "h-8 w-28", "h-8 w-full sm:w-60"]}
      columns={["h-3.5 w-10", "h-3.5 w-48", "hidden h-3.5 w-32 sm:block", "h-3.5 w-20", "hidden h-3.5 w-28 md:block"]}
    />
  );
}
