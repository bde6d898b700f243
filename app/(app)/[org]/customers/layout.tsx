import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["customer", "customerList", "customerTypes", "lifecycle", "contactMethods", "activityKinds"]}>{children}</ClientMessages>;
}
