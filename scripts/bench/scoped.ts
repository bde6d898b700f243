// Issue 10's bench actors in the 100k org: a technician authorised for 500 customers (spread over
// the alphabet) and a distributor's staff member whose sub-tree holds 20,000 customers. Loaded the
// fast way, in SQL; the closure rows come from the customer_tree triggers like any parent change.
import postgres from "postgres";
import { hashPassword } from "../../lib/auth/password";

export type ScopedActor = { key: "technician" | "subtree"; email: string };

export async function loadScopedActors(url: string, orgId: string, password: string): Promise<ScopedActor[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const hash = await hashPassword(password);
    const actor = async (email: string, name: string) => {
      const [user] = await sql<{ id: string }[]>`insert into users (email, name, password_hash) values (${email}, ${name}, ${hash}) returning id`;
      await sql`insert into memberships (org_id, user_id, role, level) values (${orgId}, ${user!.id}, 'member', 'edit')`;
      return user!.id;
    };
    const technician = await actor("technician@bench.test", "Bench Technician");
    await sql`insert into member_profiles (org_id, user_id, technician) values (${orgId}, ${technician}, true)`;
    await sql`
      insert into customer_technicians (org_id, customer_id, user_id)
      select org_id, id, ${technician}::uuid from customers where org_id = ${orgId} order by md5(id::text) limit 500`;

    const [distributor] = await sql<{ id: string }[]>`
      update customers set type = 'distributor' where org_id = ${orgId}
        and id = (select id from customers where org_id = ${orgId} order by md5(id::text || 'd') limit 1)
      returning id`;
    await sql`
      update customers set parent_id = ${distributor!.id}, type = 'customer'
       where org_id = ${orgId} and id in (
         select id from customers where org_id = ${orgId} and id <> ${distributor!.id} order by md5(id::text || 's') limit 20000)`;
    const partner = await actor("partner@bench.test", "Bench Partner");
    await sql`insert into member_profiles (org_id, user_id, partner_customer_id) values (${orgId}, ${partner}, ${distributor!.id})`;
    // The 20,000 re-parented rows leave as many dead versions behind: measure the tables as a
    // settled database would hold them, not mid-bloat.
    await sql`vacuum (analyze) customers, customer_tree, customer_technicians, member_profiles`;
    return [
      { key: "technician", email: "technician@bench.test" },
      { key: "subtree", email: "partner@bench.test" },
    ];
  } finally {
    await sql.end({ timeout: 5 });
  }
}
