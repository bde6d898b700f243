import { getLocale, getTranslations } from "next-intl/server";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getBoardSetup } from "@/lib/dispatch/get-board-setup";
import { isLocale } from "@/lib/i18n/locales";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { DispatchBoard } from "./dispatch-board";

/** The page around the board: the guard, the filters' choices; the board itself is drawn in the browser. */
export async function DispatchPage({ orgSlug }: { orgSlug: string }) {
  const ctx = await getOrgContext(orgSlug);
  const locale = await getLocale();
  const loaded = await loadOrDeny(() => getBoardSetup(ctx, isLocale(locale) ? locale : "en"));
  if (loaded.denied) return <AccessDenied />;
  const t = await getTranslations("dispatch.board");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <DispatchBoard orgSlug={ctx.org.slug} setup={loaded.data} />
    </>
  );
}
