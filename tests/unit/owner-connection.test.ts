import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The owner connection (`db` from db/client.ts) bypasses row-level security; everything else goes
// through the tenant helper on the app role (db/migrations/0017_rls.sql, README "Database roles").
// Its users are the short allow-list that must read across orgs, or before an org is known.
const ALLOWED: Record<string, string> = {
  "lib/auth/": "sign-in, sessions, password reset, profile: a user across orgs",
  "lib/orgs/": "org context resolution by slug and membership, the org switcher, org creation, slug uniqueness",
  "lib/invitations/": "invitation links, found by token before the org is known",
  "lib/approval/": "approval links, found by token before the org is known, and their throttling",
  "lib/inbound/": "inbound replies, matched to an org by their reply token",
  "lib/service/approve.ts": "approves through a token before the org is known",
  "lib/service/respond-to-assignment.ts": "answers an assignment link before the org is known",
  "lib/jobs/": "job workers for every org",
  "lib/email/": "the outbox (org-less e-mails too) and its delivery worker, the local mailbox",
  "lib/health/": "the health check",
  "lib/system/test-clock.ts": "the e2e server's clock row, in a schema of its own (SERVIO_TEST_CLOCK only)",
  "lib/system/test-faults.ts": "the e2e server's fault switches, in the test clock's schema (SERVIO_TEST_CLOCK only)",
};

const ROOTS = ["app", "components", "lib"];
const OWNER_IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']@\/db\/client["']|import\(\s*["']@\/db\/client["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Whether the source takes the owner `db` itself (not only types such as `Tx`, nor `orgDb`). */
function importsOwnerDb(source: string) {
  for (const match of source.matchAll(OWNER_IMPORT)) {
    if (match[1] === undefined) return true; // dynamic import: the whole module
    const names = match[1].split(",").map((n) => n.trim());
    if (names.some((n) => /^db(\s+as\s+\w+)?$/.test(n))) return true;
  }
  return false;
}

describe("the owner connection", () => {
  it("is imported only by the allow-list of cross-org modules", () => {
    const users = ROOTS.flatMap((root) => sourceFiles(root))
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) => importsOwnerDb(readFileSync(file, "utf8")));
    const outside = users.filter((file) => !Object.keys(ALLOWED).some((allowed) => file.startsWith(allowed)));
    expect(outside).toEqual([]);
    expect(users.length).toBeGreaterThan(5);
  });

  it("the rule: value and dynamic imports of db count; types and orgDb do not", () => {
    expect(importsOwnerDb(`import { db } from "@/db/client";`)).toBe(true);
    expect(importsOwnerDb(`import { type Tx, db as owner } from "@/db/client";`)).toBe(true);
    expect(importsOwnerDb(`const m = await import("@/db/client");`)).toBe(true);
    expect(importsOwnerDb(`import type { Tx } from "@/db/client";`)).toBe(false);
    expect(importsOwnerDb(`import { orgDb, type Db } from "@/db/client";`)).toBe(false);
  });
});
