"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { reportSearch } from "@/lib/reports/url-params";

/** Filters only rewrite the URL; the server renders the report for it. */
export function useReportNavigation(current: Record<string, string | null | undefined>) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const navigate = (changes: Record<string, string | null | undefined>) =>
    startTransition(() => router.replace(`${pathname}${reportSearch({ ...current, ...changes })}`, { scroll: false }));
  return { navigate, pending };
}
