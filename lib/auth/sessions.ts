import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type DbOrTx, preparedOnOwner } from "@/db/client";
import { users, userSessions } from "@/db/schema";
import { now } from "@/lib/clock";

export async function createSession(userId: string) {
  const [row] = await db.insert(userSessions).values({ userId }).returning({ id: userSessions.id });
  return row!.id;
}

export async function revokeSession(sessionId: string) {
  await db.update(userSessions).set({ revokedAt: now() }).where(eq(userSessions.id, sessionId));
}

export async function revokeAllSessions(userId: string, dbx: DbOrTx = db) {
  await dbx
    .update(userSessions)
    .set({ revokedAt: now() })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
}

/** `orgsVersion` keys the user's cached org list (lib/orgs/list-my-orgs.ts); read here, so it costs no query. */
export type LiveSessionUser = { id: string; email: string; name: string; locale: string | null; orgsVersion: number };

/** The session is alive while its row is unrevoked and its user active; checked on every request. */
export async function getLiveSessionUser(sessionId: string): Promise<LiveSessionUser | null> {
  const [row] = await liveSessionUser().execute({ sessionId });
  return row ?? null;
}

const liveSessionUser = preparedOnOwner((owner) =>
  owner
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, orgsVersion: users.orgsVersion })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.id, sql.placeholder("sessionId")), isNull(userSessions.revokedAt), isNull(users.deactivatedAt)))
    .prepare("live_session_user"),
);
