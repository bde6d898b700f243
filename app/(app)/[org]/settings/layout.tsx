import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["settings", "picklists"]}>{children}</ClientMessages>;
}
