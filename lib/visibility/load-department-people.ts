import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

/**
 * The people whose responsibilities a manager sees (SPEC T6): themselves, the members of their
 * department, and everyone reporting to them directly or indirectly. One recursive query; a
 * reports-to cycle (refused when set, but never trusted) ends because UNION drops repeats.
 */
export async function loadDepartmentPeople(db: DbOrTx, orgId: string, userId: string): Promise<string[]> {
  const rows = (await db.execute(sql`
    with recursive reports(user_id) as (
      select ${userId}::uuid
      union
      select p.user_id from member_profiles p join reports r on p.reports_to = r.user_id where p.org_id = ${orgId}
    )
    select user_id from reports
    union
    select p.user_id from member_profiles p
    where p.org_id = ${orgId}
      and p.department_id is not null
      and p.department_id = (select department_id from member_profiles where org_id = ${orgId} and user_id = ${userId})
  `)) as unknown as { user_id: string }[];
  return rows.map((r) => r.user_id);
}
