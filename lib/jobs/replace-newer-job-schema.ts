import "server-only";
import bossVersion from "pg-boss/version.json";
import postgres from "postgres";

/** The pg-boss schema version the installed pg-boss creates and runs on. */
const SUPPORTED_SCHEMA: number = bossVersion.schema;

/**
 * Databases made before Servio moved to pg-boss 10 (for Node 20) carry pg-boss 12's `pgboss`
 * schema, which pg-boss 10 cannot run on ("column expire_in does not exist") and never migrates
 * down. The queue holds nothing of its own: every job only points at an outbox row, which stays
 * the record of what is still to send. So a newer schema is dropped (pg-boss recreates it on start)
 * and the ids of the unsent e-mails are returned, to be queued again once pg-boss has started.
 */
export async function replaceNewerJobSchema(connectionString: string): Promise<string[]> {
  const sql = postgres(connectionString, { max: 1, onnotice: () => {} });
  try {
    const [table] = await sql<{ exists: boolean }[]>`select to_regclass('pgboss.version') is not null as exists`;
    if (!table?.exists) return [];
    const [row] = await sql<{ version: number }[]>`select version from pgboss.version limit 1`;
    if (!row || Number(row.version) <= SUPPORTED_SCHEMA) return [];
    console.warn(
      `[jobs] the pgboss schema is version ${row.version}, newer than this pg-boss's ${SUPPORTED_SCHEMA}; recreating it and queueing unsent e-mail again.`,
    );
    return await sql.begin(async (tx) => {
      // One instance does it: the others wait here and then find the schema gone.
      await tx`select pg_advisory_xact_lock(hashtext('servio:replace-pgboss-schema'))`;
      const [still] = await tx<{ exists: boolean }[]>`select to_regclass('pgboss.version') is not null as exists`;
      if (!still?.exists) return [];
      await tx`drop schema pgboss cascade`;
      const unsent = await tx<{ id: string }[]>`select id from email_outbox where status = 'queued'`;
      return unsent.map((r) => r.id);
    });
  } finally {
    await sql.end();
  }
}
