// npm run db:migrate — applies db/migrations to DATABASE_URL, or to the embedded server in .data/pg.
import { migrate } from "../db/migrate";
import { ensureDatabase, onShutdownSignal } from "./lib/database";
import { redactUrl } from "./lib/env";

const started = performance.now();
const database = await ensureDatabase();
onShutdownSignal(() => database.stop());
try {
  const where = database.embedded
    ? database.startedHere
      ? "embedded PostgreSQL (started for this command)"
      : "embedded PostgreSQL (already running)"
    : "DATABASE_URL";
  console.log(`Migrating ${where}: ${redactUrl(database.url)}`);
  await migrate(database.url);
  console.log(`Migrations applied in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  console.error("Migration failed:", error);
  process.exitCode = 1;
} finally {
  await database.stop();
  if (database.startedHere) console.log("Embedded PostgreSQL stopped.");
}
