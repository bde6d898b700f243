/**
 * Props of a link inside a list row: plain markup, no component per row. The list's <RowLinks>
 * (components/lists/row-link.tsx) navigates it client-side and prefetches it on intent only, so a
 * dense list never starts one page prefetch per visible row. Plain module (no "use client") so
 * server-rendered tables can spread it too.
 */
export function rowLink(href: string) {
  return { href, "data-row-link": "" } as const;
}

/** The selector of those links, for the one component that handles them. */
export const ROW_LINK_SELECTOR = "a[data-row-link]";
