process.env.DATABASE_URL = process.env.U;
const { db } = await import("../db/client");
const { sql } = await import("drizzle-orm");
const { loadOrgContext } = await import("../lib/orgs/load-org-context");
const { listCustomers } = await import("../lib/customers/list-customers");
const [u] = (await db.execute(sql`select user_id from memberships where org_id = ${process.env.O}`)) as unknown as { user_id: string }[];
const [o] = (await db.execute(sql`select slug from orgs where id = ${process.env.O}`)) as unknown as { slug: string }[];
const ctx = await loadOrgContext(u!.user_id, o!.slug);
for (const q of ["ist", "firma", "ayse", "İSTANBUL Yapı 1", "b-9999", "zz"]) {
  const times: number[] = [];
  let n = 0;
  for (let i = 0; i < 15; i++) { const s = performance.now(); const r = await listCustomers(ctx, { q }); n = r.rows.length; times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  console.log(q, "rows", n, "p50", times[7]!.toFixed(1), "max", times[14]!.toFixed(1));
}
process.exit(0);
