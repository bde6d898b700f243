// npm start — production server with everything it needs: AUTH_SECRET, a build that matches the
// sources, the database (DATABASE_URL or embedded in .data/pg), migrations and demo data.
import { runApp } from "./lib/app-server";
import { ensureBuild } from "./lib/build";
import { loadEnvLocal } from "./lib/env";

const { generatedSecret } = loadEnvLocal();
if (generatedSecret) console.log("Generated AUTH_SECRET into .env.local.");

// The e2e server's movable clock (lib/system/test-clock.ts) is for throw-away databases only: a
// production server never has it, whatever the environment or .env.local says (set, even empty,
// a variable is one `next start` does not take from .env.local).
process.env.SERVIO_TEST_CLOCK = "";

ensureBuild();
await runApp("start");
