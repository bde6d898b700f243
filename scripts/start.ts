// npm start — production server with everything it needs: AUTH_SECRET, a build that matches the
// sources, the database (DATABASE_URL or embedded in .data/pg), migrations and demo data.
import { runApp } from "./lib/app-server";
import { ensureBuild } from "./lib/build";
import { loadEnvLocal } from "./lib/env";

const { generatedSecret } = loadEnvLocal();
if (generatedSecret) console.log("Generated AUTH_SECRET into .env.local.");

ensureBuild();
await runApp("start");
