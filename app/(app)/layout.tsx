import type { ReactNode } from "react";
import { SectionMessages } from "@/components/shell/section-messages";

/** The signed-in shell's namespaces, sent once for every page below it. */
export default function AppSectionLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="(app)">{children}</SectionMessages>;
}
