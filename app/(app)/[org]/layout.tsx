import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { navFor } from "@/components/shell/nav";
import { OrgSwitcher } from "@/components/shell/org-switcher";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { UserMenu } from "@/components/shell/user-menu";
import { mailboxIsOpen } from "@/lib/email/list-mailbox";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { listMyOrgs } from "@/lib/orgs/list-my-orgs";
import { can } from "@/lib/permissions/can";

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const ctx = await getOrgContext(slug);
  const orgs = await listMyOrgs(ctx.actor.userId);
  return (
    <AppShell
      nav={navFor(ctx.org.slug, ctx.actor)}
      orgSwitcher={<OrgSwitcher current={ctx.org} orgs={orgs} />}
      header={
        <>
          <LanguageSwitcher />
          <ThemeToggle />
          <UserMenu orgSlug={ctx.org.slug} user={ctx.actor} showMailbox={mailboxIsOpen() || can(ctx.actor, "mailbox.view")} />
        </>
      }
    >
      {children}
    </AppShell>
  );
}
