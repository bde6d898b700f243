import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { navFor } from "@/components/shell/nav";
import { OrgSwitcher } from "@/components/shell/org-switcher";
import { RunningTimer } from "@/components/shell/running-timer";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { UserMenu } from "@/components/shell/user-menu";
import { QuickCreateTask } from "@/components/work-items/quick-create-task";
import { ReminderBanner } from "@/components/reminders/reminder-banner";
import { requireUser } from "@/lib/auth/current-user";
import { mailboxOpenFor } from "@/lib/email/mailbox-access";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { listMyOrgs } from "@/lib/orgs/list-my-orgs";
import { listDueReminders } from "@/lib/reminders/list-due-reminders";
import { can } from "@/lib/permissions/can";
import { getRunningTimer } from "@/lib/time-entries/get-running-timer";

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const ctx = await getOrgContext(slug);
  // The session lookup behind getOrgContext is shared (React cache); it carries the org list's version.
  // One indexed query (time_entries_one_running_idx); a member who cannot see records has no timer to show.
  const [orgs, runningTimer, unread, dueReminders] = await Promise.all([
    listMyOrgs(await requireUser()),
    can(ctx.actor, "serviceRecords.view") ? getRunningTimer(ctx) : null,
    countUnreadNotifications(ctx),
    // The reminder banner: one query on the actor's undismissed reminder rows (lib/reminders/list-due-reminders.ts).
    can(ctx.actor, "reminders.manage") ? listDueReminders(ctx) : null,
  ]);
  return (
    <AppShell
      nav={navFor(ctx.org.slug, ctx.actor)}
      orgSwitcher={<OrgSwitcher current={ctx.org} orgs={orgs} />}
      banner={dueReminders && <ReminderBanner orgSlug={ctx.org.slug} initial={dueReminders} />}
      header={
        <>
          {can(ctx.actor, "tasks.create") && <QuickCreateTask orgSlug={ctx.org.slug} me={{ id: ctx.actor.userId, name: ctx.actor.name }} />}
          <RunningTimer orgSlug={ctx.org.slug} timer={runningTimer} canStop={can(ctx.actor, "timeEntries.log")} />
          <NotificationBell orgSlug={ctx.org.slug} unread={unread} />
          <LanguageSwitcher />
          <ThemeToggle />
          <UserMenu orgSlug={ctx.org.slug} user={ctx.actor} showMailbox={mailboxOpenFor(await headers()) || can(ctx.actor, "mailbox.view")} />
        </>
      }
    >
      {children}
    </AppShell>
  );
}
