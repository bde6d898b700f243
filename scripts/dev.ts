// npm run dev — like npm start (database, migrations, demo data) but Next's development server (scripts/serve.mjs --dev) and no build.
import { runApp } from "./lib/app-server";
import { loadEnvLocal } from "./lib/env";

const { generatedSecret } = loadEnvLocal();
if (generatedSecret) console.log("Generated AUTH_SECRET into .env.local.");

await runApp("dev");
