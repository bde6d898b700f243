"use client";

import { ChevronRight, ChevronsLeft } from "lucide-react";
import Link from "next/link";
import type { MouseEvent, ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

/**
 * The bordered frame around a list's table or empty state; it dims and reports busy while the
 * server renders the next view. `@container` lets the columns hide by the frame's width.
 */
export function ListFrame({
  pending,
  failure,
  children,
}: {
  pending: boolean;
  /** The last change's rows could not be loaded: the old rows stay, with this note and a retry. */
  failure?: { message: string; retryLabel: string; onRetry: () => void } | null;
  children: ReactNode;
}) {
  return (
    <>
      {failure && (
        <div
          role="alert"
          className="mb-2 flex items-center gap-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          <span>{failure.message}</span>
          <button type="button" onClick={failure.onRetry} className="ml-auto font-medium underline underline-offset-2">
            {failure.retryLabel}
          </button>
        </div>
      )}
      <div
        aria-busy={pending}
        className={cn(
          "@container overflow-hidden rounded-lg border border-zinc-200 bg-white transition-opacity dark:border-zinc-800 dark:bg-zinc-900",
          pending && "opacity-60",
        )}
      >
        {children}
      </div>
    </>
  );
}

type EmptyAction = { href: string; label: string; variant: "primary" | "secondary" };

/**
 * What a list shows without rows: "nothing matches" (with a way out of the filters) when the view
 * is filtered, otherwise "nothing yet" with an optional next step.
 */
export function ListEmptyState({
  filtered,
  empty,
  noMatch,
}: {
  filtered: boolean;
  empty: { title: string; body: string; action?: EmptyAction | null };
  noMatch: { title: string; body: string; clearLabel: string; onClear: () => void };
}) {
  if (filtered) {
    return (
      <EmptyState title={noMatch.title}>
        <p>{noMatch.body}</p>
        <button type="button" onClick={noMatch.onClear} className="mt-3 text-accent-600 hover:underline dark:text-accent-500">
          {noMatch.clearLabel}
        </button>
      </EmptyState>
    );
  }
  return (
    <EmptyState title={empty.title}>
      <p>{empty.body}</p>
      {empty.action && (
        <Link href={empty.action.href} className={cn(buttonClass(empty.action.variant, "sm"), "mt-3")}>
          {empty.action.label}
        </Link>
      )}
    </EmptyState>
  );
}

/** A plain click is the list's own (rows as data); a modified one (new tab, window) the browser's. */
function pagingClick(href: string, onNavigate: (href: string) => void) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate(href);
  };
}

/**
 * Keyset pagination: the list hands over the links (there is no page count to show), so only
 * "first page" and "next page" exist. Plain anchors, not next/link: nothing is prefetched, a click
 * fetches the page's rows through the list's data route (`onNavigate`), and the href still opens
 * in a new tab. Renders nothing on a single page.
 */
export function ListPagination({
  label,
  firstLabel,
  nextLabel,
  firstHref,
  nextHref,
  onNavigate,
}: {
  label: string;
  firstLabel: string;
  nextLabel: string;
  firstHref: string | null;
  nextHref: string | null;
  onNavigate: (href: string) => void;
}) {
  if (!firstHref && !nextHref) return null;
  // `ml-auto` pushes it right inside a flex footer, `justify-end` where it stands on its own.
  return (
    <nav aria-label={label} className="ml-auto flex items-center justify-end gap-2">
      {firstHref && (
        <a href={firstHref} onClick={pagingClick(firstHref, onNavigate)} className={buttonClass("secondary", "sm")}>
          <ChevronsLeft className="size-4" aria-hidden />
          {firstLabel}
        </a>
      )}
      {nextHref && (
        <a href={nextHref} onClick={pagingClick(nextHref, onNavigate)} className={buttonClass("secondary", "sm")}>
          {nextLabel}
          <ChevronRight className="size-4" aria-hidden />
        </a>
      )}
    </nav>
  );
}

/**
 * Under a list: the keyboard hint (wide screens, only while there are rows to move through) and the
 * keyset pagination, the same on every list.
 */
export function ListFooter({
  hint,
  labels,
  firstHref,
  nextHref,
  onNavigate,
  className,
}: {
  hint?: { id: string; text: string } | null;
  labels: { label: string; first: string; next: string };
  firstHref: string | null;
  nextHref: string | null;
  onNavigate: (href: string) => void;
  className?: string;
}) {
  return (
    <div className={cn("flex items-center gap-3", className)}>
      {hint && (
        <p id={hint.id} className="hidden text-xs text-zinc-500 md:block">
          {hint.text}
        </p>
      )}
      <ListPagination
        label={labels.label}
        firstLabel={labels.first}
        nextLabel={labels.next}
        firstHref={firstHref}
        nextHref={nextHref}
        onNavigate={onNavigate}
      />
    </div>
  );
}
