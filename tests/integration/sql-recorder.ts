import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "@/db/schema";

/** `orgId`: the org the statement ran under (row-level security), when it went through the app role. */
export type Statement = { text: string; params: unknown[]; orgId?: string };

const SET_ORG = "select set_config('app.org_id', $1, true)";

/**
 * Swaps the process's database connections (db/client.ts keeps them on globalThis, looked up on
 * every use) for ones that record every statement they send, so a test can count and EXPLAIN what
 * a verb really runs. `closeConnections` ends them like the normal ones.
 */
export function recordSql() {
  const statements: Statement[] = [];
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  // The transaction frame row-level security puts around each tenant statement (db/org-bound.ts)
  // is not the verb's work: left out of the counts, but remembered, so EXPLAIN runs a statement
  // under the same org and policies as the verb did.
  const frame = /^(begin|commit)$/;
  const orgOf = new Map<string, string>(); // by client and connection id
  const recorded = (url: string, app: boolean) =>
    postgres(url, {
      max: 4,
      onnotice: () => {},
      debug: (connection, text, params) => {
        const opening = /^begin; select set_config\('app\.org_id', '([0-9a-f-]+)', true\)$/.exec(text);
        if (opening) orgOf.set(`${app}:${connection}`, opening[1]!);
        else if (text === SET_ORG) orgOf.set(`${app}:${connection}`, String(params[0]));
        else if (!frame.test(text)) statements.push({ text, params: [...params], ...(app ? { orgId: orgOf.get(`${app}:${connection}`) } : {}) });
      },
    });
  const client = recorded(url, false);
  const appClient = recorded(process.env.DATABASE_APP_URL || url, true);
  const globals = globalThis as { servioDb?: unknown; servioAppDb?: unknown };
  globals.servioDb = { db: drizzle({ client, schema, casing: "snake_case" }), client };
  globals.servioAppDb = { db: drizzle({ client: appClient, schema, casing: "snake_case" }), client: appClient, byOrg: new Map() };
  return {
    /** Statements sent while `fn` ran. */
    async during(fn: () => Promise<unknown>) {
      const from = statements.length;
      await fn();
      return statements.slice(from);
    },
    /** The plan PostgreSQL picks for a recorded statement with its own parameters, role and org. */
    async explain(statement: Statement) {
      const explain = (sql: postgres.Sql | postgres.TransactionSql) => sql.unsafe(`explain ${statement.text}`, statement.params as never[]);
      const rows = statement.orgId
        ? await appClient.begin(async (tx) => {
            await tx.unsafe(SET_ORG, [statement.orgId!]);
            return explain(tx);
          })
        : await explain(client);
      return (rows as postgres.Row[]).map((r) => String(Object.values(r)[0])).join("\n");
    },
  };
}
