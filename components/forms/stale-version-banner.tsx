"use client";

import { RotateCw, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

/** Someone else saved the record meanwhile: the user's input stays, and "Reload" fetches theirs. */
export function StaleVersionBanner({ reloadLabel, reloading, onReload }: { reloadLabel: string; reloading: boolean; onReload: () => void }) {
  const errors = useTranslations("errors");
  // Save sits at the bottom of a long form; bring the message (at the top) into view.
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    banner.current?.scrollIntoView({ block: "nearest" });
  }, []);
  return (
    <div
      ref={banner}
      role="alert"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200"
    >
      <TriangleAlert className="size-5 shrink-0" aria-hidden />
      <p className="min-w-0 flex-1">{errors("staleVersion")}</p>
      <Button variant="secondary" size="sm" pending={reloading} onClick={onReload}>
        <RotateCw className="size-3.5" aria-hidden />
        {reloadLabel}
      </Button>
    </div>
  );
}
