import { inject } from "vitest";

// Test workers may not inherit env changes made in global-setup; the provided value is authoritative.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_APP_URL = inject("databaseAppUrl");
