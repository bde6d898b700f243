import { defineConfig } from "drizzle-kit";

// Only `generate` runs through drizzle-kit; migrations are applied by
// scripts/migrate.ts so the embedded server can be started first.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
