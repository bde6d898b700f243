import "server-only";
import { findInvitationByToken } from "./find-invitation";

const INVITE_PATH = /^\/invite\/([^/?#]+)/;

/**
 * The language of the org that sent the invitation opened at `pathname` (`/invite/<token>`), or
 * null for any other page or an unknown token. The invitee has no account or org of their own to
 * take a language from yet; the inviting org's is the one the invitation e-mail was written in.
 */
export async function invitationPageLocale(pathname: string | null) {
  const token = pathname?.match(INVITE_PATH)?.[1];
  if (!token) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(token);
  } catch {
    return null;
  }
  const found = await findInvitationByToken(decoded);
  return found.state === "unknown" ? null : found.invitation.orgLocale;
}
