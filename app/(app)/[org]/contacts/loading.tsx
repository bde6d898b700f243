import { getTranslations } from "next-intl/server";
import { ListSkeleton } from "@/components/ui/list-skeleton";

/** Skeleton in the shape of the list: header, toolbar, dense rows. */
export default async function Loading() {
  const t = await getTranslations("contactList");
  return (
    <ListSkeleton
      label={t("loading")}
      header={{ title: "h-6 w-36", subtitle: "h-4 w-64" }}
      toolbar={["h-8 w-full sm:w-72", "h-8 w-36"]}
      columns={["h-3.5 w-40", "hidden h-3.5 w-32 sm:block", "hidden h-3.5 w-40 md:block", "hidden h-3.5 w-28 md:block"]}
    />
  );
}
