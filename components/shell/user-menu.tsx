"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { LogOut, Mail, UserRound } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { startTransition } from "react";
import { signOutWithoutRedirectAction } from "@/lib/auth/actions";

const item =
  "flex w-full cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800";

export function UserMenu({ orgSlug, user, showMailbox }: { orgSlug: string; user: { name: string; email: string }; showMailbox: boolean }) {
  const t = useTranslations("shell");
  return (
    <Menu.Root>
      <Menu.Trigger
        aria-label={t("userMenu")}
        className="flex size-8 items-center justify-center rounded-full bg-accent-600 text-xs font-semibold text-white"
      >
        {user.name.slice(0, 1).toLocaleUpperCase()}
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-56 rounded-md border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <div className="px-2 py-1.5">
            <p className="text-sm font-medium">{user.name}</p>
            <p className="text-xs text-zinc-500">{user.email}</p>
          </div>
          <Menu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
          <Menu.Item asChild>
            <Link href={`/${orgSlug}/account`} className={item}>
              <UserRound className="size-4" aria-hidden />
              {t("account")}
            </Link>
          </Menu.Item>
          {showMailbox && (
            <Menu.Item asChild>
              <Link href="/mailbox" className={item}>
                <Mail className="size-4" aria-hidden />
                {t("mailbox")}
              </Link>
            </Menu.Item>
          )}
          {/* Called directly: a form inside the menu would unmount as the menu closes, before submitting. */}
          <Menu.Item
            className={item}
            onSelect={() =>
              startTransition(async () => {
                await signOutWithoutRedirectAction();
                // A new document on purpose: the root layout (lang, client catalogue) must render
                // again for the signed-out page (see signInAction); a router push would keep it.
                // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- see above
                window.location.assign("/sign-in");
              })
            }
          >
            <LogOut className="size-4" aria-hidden />
            {t("signOut")}
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
