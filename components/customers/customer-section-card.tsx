import { Plus } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";

export type CustomerSectionItem = { id: string; href: string; title: string; detail: ReactNode; trailing?: ReactNode };

/**
 * A section of the customer's page listing what belongs to it (contracts, plans, schedules): each
 * item a row link with a line of detail, an empty note, and the way to add one for this customer.
 */
export function CustomerSectionCard({
  title,
  add,
  emptyText,
  items,
}: {
  title: string;
  /** Shown to those who may create one. */
  add: { href: string; label: string } | null;
  emptyText: string;
  items: CustomerSectionItem[];
}) {
  return (
    <Card>
      <CardHeader
        title={title}
        actions={
          add && (
            <Link href={add.href} className={buttonClass("secondary", "sm")}>
              <Plus className="size-4" aria-hidden />
              {add.label}
            </Link>
          )
        }
      />
      {items.length === 0 ? (
        <p className="px-4 py-3 text-sm text-zinc-500">{emptyText}</p>
      ) : (
        <RowLinks>
          <ul aria-label={title} className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {items.map((item) => (
              <li key={item.id}>
                <a {...rowLink(item.href)} className="flex items-center gap-3 px-4 py-2 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800/60">
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">{item.title}</span>
                    <span className="block truncate text-xs text-zinc-500">{item.detail}</span>
                  </span>
                  {item.trailing}
                </a>
              </li>
            ))}
          </ul>
        </RowLinks>
      )}
    </Card>
  );
}
