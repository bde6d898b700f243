import { Bell } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";

/**
 * The header's bell: a link to the member's notifications with the unread count. Rendered on the
 * server with the page (the count is one index-only query). A plain anchor under RowLinks, like the
 * sidebar: next/link would prefetch the notifications page on every page view.
 */
export async function NotificationBell({ orgSlug, unread }: { orgSlug: string; unread: number }) {
  const t = await getTranslations("notifications.bell");
  return (
    <RowLinks>
      <a
        {...rowLink(`/${orgSlug}/notifications`)}
        aria-label={t("unread", { count: unread })}
        className="relative rounded p-1.5 hover:bg-zinc-100 focus-visible:outline-2 dark:hover:bg-zinc-800"
      >
        <Bell className="size-4" aria-hidden />
        {unread > 0 && (
          <span
            aria-hidden
            className="absolute -right-1 -top-1 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] font-semibold leading-4 text-white"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </a>
    </RowLinks>
  );
}
