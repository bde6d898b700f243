"use client";

import { useRouter } from "next/navigation";
import { type FocusEvent, type MouseEvent, type PointerEvent, type ReactNode, useEffect, useRef } from "react";
import { ROW_LINK_SELECTOR } from "./row-link-props";

/** Resting this long on a row (pointer or focus) is intent to open it; sweeping across rows is not. */
const INTENT_DELAY_MS = 100;

/** The row link the event is about: the link itself, or the link of the row (tr/li) it happened in. */
function rowLinkOf(target: EventTarget | null, scope: HTMLElement): HTMLAnchorElement | null {
  if (!(target instanceof Element) || !scope.contains(target)) return null;
  const link = target.closest<HTMLAnchorElement>(ROW_LINK_SELECTOR);
  if (link && scope.contains(link)) return link;
  // The nearest row that has a link: a list inside a cell (technicians) has none of its own.
  for (let row = target.closest("tr, li"); row && scope.contains(row); row = row.parentElement?.closest("tr, li") ?? null) {
    const first = row.querySelector<HTMLAnchorElement>(ROW_LINK_SELECTOR);
    if (first) return first;
  }
  return null;
}

const inApp = (link: HTMLAnchorElement) =>
  link.origin === window.location.origin && (!link.target || link.target === "_self") && !link.hasAttribute("download");

/**
 * The one home of a list's row links (rowLink() anchors): wraps a table, feed or card list.
 * - No prefetch while rows are merely visible: next/link would prefetch every row in the viewport.
 * - Prefetch on intent: the pointer (moved there) or focus resting on one row prefetches that
 *   row's link, once.
 * - A plain click (or Enter on the link) navigates client-side like next/link; modified clicks
 *   (new tab, download) keep the browser's own behaviour.
 * Events are delegated here, so rows stay plain markup. `display: contents` keeps layouts as they are.
 */
export function RowLinks({ children }: { children: ReactNode }) {
  const router = useRouter();
  const scope = useRef<HTMLDivElement>(null);
  const prefetched = useRef(new Set<string>());
  const pending = useRef<{ href: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const pointerAt = useRef<string | null>(null);

  const cancel = () => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
  };
  useEffect(() => cancel, []);

  function intent(target: EventTarget | null) {
    const link = scope.current && rowLinkOf(target, scope.current);
    const href = link && inApp(link) ? link.pathname + link.search : null;
    if (href === pending.current?.href) return;
    cancel();
    if (!href || prefetched.current.has(href)) return;
    pending.current = {
      href,
      timer: setTimeout(() => {
        pending.current = null;
        prefetched.current.add(href);
        router.prefetch(href);
      }, INTENT_DELAY_MS),
    };
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(ROW_LINK_SELECTOR) : null;
    if (!link || !scope.current?.contains(link) || !inApp(link)) return;
    event.preventDefault();
    cancel();
    router.push(link.pathname + link.search + link.hash);
  }

  return (
    <div
      ref={scope}
      className="contents"
      onClick={onClick}
      // Movement, not pointerover: the browser sends pointerover when rows change under a pointer
      // that rests (a search, a filter, the next page), and that is no intent to open the new row.
      onPointerMove={(event: PointerEvent) => {
        const at = `${event.clientX},${event.clientY}`;
        if (at === pointerAt.current) return;
        pointerAt.current = at;
        intent(event.target);
      }}
      onPointerOut={(event: PointerEvent) => {
        if (!(event.relatedTarget instanceof Node) || !scope.current?.contains(event.relatedTarget)) cancel();
      }}
      onFocus={(event: FocusEvent) => intent(event.target)}
      onBlur={(event: FocusEvent) => {
        if (!(event.relatedTarget instanceof Node) || !scope.current?.contains(event.relatedTarget)) cancel();
      }}
    >
      {children}
    </div>
  );
}
