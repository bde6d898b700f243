import "server-only";
import { NotFoundError } from "@/lib/errors";
import type { MemberActor } from "@/lib/permissions/actor";
import { can } from "@/lib/permissions/can";

/**
 * SPEC T6: a member's profile and documents are for Manage users and for the member themself. To
 * anyone else they do not exist (NotFound, like another org's member), so a colleague's page or
 * file link tells nothing. Runs after the verb's guard, on the member the request names.
 */
export function assertProfileReachable(actor: Pick<MemberActor, "userId" | "role" | "level">, userId: string) {
  if (userId !== actor.userId && !can(actor, "members.profiles.view")) throw new NotFoundError("member");
}
