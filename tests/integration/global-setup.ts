import type { TestProject } from "vitest/node";
import { enableLocalAppRole } from "../../db/app-role";
import { migrate } from "../../db/migrate";
import { removeStaleDataDirs, runDirName, startFreshPostgres } from "../../scripts/lib/database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The app role (no BYPASSRLS) that tenant queries use, as in production. */
    databaseAppUrl: string;
  }
}

/**
 * A fresh embedded PostgreSQL for this run: its own directory `.data/test-<pid>-<random>` and a
 * free port, so two `npm test` runs never share a database. Migrated once; torn down at the end.
 */
export default async function setup(project: TestProject) {
  const started = performance.now();
  await removeStaleDataDirs("test");
  const database = await startFreshPostgres({ name: runDirName("test"), database: "servio_test" });
  let appUrl: string;
  try {
    await migrate(database.url);
    appUrl = await enableLocalAppRole(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_APP_URL = appUrl;
  project.provide("databaseUrl", database.url);
  project.provide("databaseAppUrl", appUrl);
  console.log(`Test database ready in ${Math.round(performance.now() - started)} ms (${database.dataDir}).`);
  return async () => {
    await database.stop();
  };
}
