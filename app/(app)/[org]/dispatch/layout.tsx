import type { ReactNode } from "react";
import { SectionMessages } from "@/components/shell/section-messages";

/** The namespaces this section's client components use (lib/i18n/client-namespaces.ts). */
export default function DispatchLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="(app)/[org]/dispatch">{children}</SectionMessages>;
}
