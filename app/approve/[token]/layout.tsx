import type { ReactNode } from "react";
import { SectionMessages } from "@/components/shell/section-messages";
import { loadPage, pageLocale } from "./load-page";

/** The form speaks the org's language too, whatever the visitor's own settings (SPEC S6). */
export default async function ApproveLayout({ children, params }: { children: ReactNode; params: Promise<{ token: string }> }) {
  const locale = await pageLocale(await loadPage((await params).token));
  return (
    <SectionMessages section="approve/[token]" locale={locale}>
      {children}
    </SectionMessages>
  );
}
