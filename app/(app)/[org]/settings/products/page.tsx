import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProductEditor } from "@/components/products/product-editor";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { listProductsForEditing } from "@/lib/products/list-products";

export async function generateMetadata() {
  return { title: (await getTranslations("service.products"))("title") };
}

export default async function ProductsSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const loaded = await loadOrDeny(() => listProductsForEditing(ctx));
  if (loaded.denied) return <AccessDenied />;
  const t = await getTranslations("service.products");
  return (
    <div className="mx-auto max-w-5xl">
      <Link
        href={`/${ctx.org.slug}/settings`}
        className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200"
      >
        <ChevronLeft className="size-4" aria-hidden />
        {t("backToSettings")}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="overflow-hidden">
        <ProductEditor orgSlug={ctx.org.slug} products={loaded.data} currency={ctx.org.currency} />
      </Card>
    </div>
  );
}
