import type { ReactNode } from "react";
import { SectionMessages } from "@/components/shell/section-messages";

/** The namespaces the appointment form uses (lib/i18n/client-namespaces.ts). */
export default function NewAppointmentLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="(app)/[org]/agenda/new">{children}</SectionMessages>;
}
