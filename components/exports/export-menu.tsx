"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { ChevronDown, Download, FileSpreadsheet, FileText } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

const item =
  "flex w-full cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800";

const FORMATS = [
  { format: "csv", Icon: FileText, label: "exportCsv" },
  { format: "xlsx", Icon: FileSpreadsheet, label: "exportXlsx" },
] as const;

/** Adds the format to an export URL that may already carry the view's query. */
function withFormat(href: string, format: "csv" | "xlsx") {
  return `${href}${href.includes("?") ? "&" : "?"}format=${format}`;
}

/**
 * Every export offers both files: CSV (separated as Excel expects in the user's language) and an
 * .xlsx workbook with typed cells. Plain links: the route handler answers with a download.
 */
export function ExportMenu({ href, label, hint }: { href: string; label: string; hint: string }) {
  const t = useTranslations("common");
  return (
    <Menu.Root>
      <Menu.Trigger title={hint} className={buttonClass("secondary", "sm")}>
        <Download className="size-4" aria-hidden />
        {label}
        <ChevronDown className="size-3.5" aria-hidden />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-52 rounded-md border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          {FORMATS.map(({ format, Icon, label: key }) => (
            <Menu.Item key={format} asChild>
              <a href={withFormat(href, format)} download className={item}>
                <Icon className="size-4" aria-hidden />
                {t(key)}
              </a>
            </Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
