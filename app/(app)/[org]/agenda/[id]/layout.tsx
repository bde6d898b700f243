import type { ReactNode } from "react";
import { SectionMessages } from "@/components/shell/section-messages";

/** The namespaces an appointment's page and its edit form use (lib/i18n/client-namespaces.ts). */
export default function AppointmentLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="(app)/[org]/agenda/[id]">{children}</SectionMessages>;
}
