/**
 * Props of a link inside a list row (or the sidebar, or a page header's actions): plain markup, no
 * component per link. The surrounding <RowLinks> (components/lists/row-link.tsx) navigates it
 * client-side and prefetches it on intent only, so a page never starts one prefetch per visible
 * link. Plain module (no "use client") so server-rendered markup can spread it too.
 */
export function rowLink(href: string) {
  return { href, "data-row-link": "" } as const;
}

/** The selector of those links, for the one component that handles them. */
export const ROW_LINK_SELECTOR = "a[data-row-link]";
