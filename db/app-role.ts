import postgres from "postgres";

/** Created by db/migrations/0017_rls.sql; the app's tenant queries connect as it (README "Database roles"). */
export const APP_ROLE = "servio_app";
// Like the owner's: the embedded server listens on 127.0.0.1 only.
const LOCAL_PASSWORD = "servio-local";

/**
 * For a server the project runs itself (the embedded one in .data, test and bench copies): lets the
 * app role the migrations created sign in, and returns its URL (the owner's with the role's name).
 * An external server's administrator does this once instead and sets DATABASE_APP_URL.
 */
export async function enableLocalAppRole(ownerUrl: string): Promise<string> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`alter role ${APP_ROLE} with login password '${LOCAL_PASSWORD}'`);
  } finally {
    await sql.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = LOCAL_PASSWORD;
  return url.toString();
}
