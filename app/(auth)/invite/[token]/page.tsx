import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { AuthCard, Notice } from "@/components/auth/auth-card";
import { buttonClass } from "@/components/ui/button";
import { signOutAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { describeInvitation } from "@/lib/invitations/find-invitation";

export async function generateMetadata() {
  return { title: (await getTranslations("invite"))("title"), referrer: "no-referrer" as const };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, invitation, user] = await Promise.all([getTranslations("invite"), describeInvitation(token), getCurrentUser()]);

  if (invitation.state !== "valid") {
    return (
      <AuthCard title={t("title")}>
        <Notice tone="error">{t(`state.${invitation.state}`)}</Notice>
        <Link href="/sign-in" className={buttonClass("secondary")}>
          {t("goToSignIn")}
        </Link>
      </AuthCard>
    );
  }

  const here = `/invite/${encodeURIComponent(token)}`;
  const signedInAsInvitee = user?.email === invitation.email;
  return (
    <AuthCard title={t("joinOrg", { org: invitation.orgName })} description={t("description", { email: invitation.email })}>
      {invitation.hasAccount && !signedInAsInvitee ? (
        <div className="space-y-3">
          <p className="text-sm">{user ? t("signedInAsOther", { email: user.email }) : t("signInToAccept")}</p>
          {user ? (
            <form action={signOutAction}>
              <button type="submit" className={buttonClass("secondary")}>
                {t("signOutFirst")}
              </button>
            </form>
          ) : (
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} className={buttonClass("primary")}>
              {t("signInAs", { email: invitation.email })}
            </Link>
          )}
        </div>
      ) : (
        <AcceptInvitationForm token={token} email={invitation.email} newUser={!invitation.hasAccount} />
      )}
    </AuthCard>
  );
}
