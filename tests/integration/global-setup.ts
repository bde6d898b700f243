import type { TestProject } from "vitest/node";
import { migrate } from "../../db/migrate";
import { removeStaleDataDirs, runDirName, startFreshPostgres } from "../../scripts/lib/database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
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
  try {
    await migrate(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  process.env.DATABASE_URL = database.url;
  project.provide("databaseUrl", database.url);
  console.log(`Test database ready in ${Math.round(performance.now() - started)} ms (${database.dataDir}).`);
  return async () => {
    await database.stop();
  };
}
