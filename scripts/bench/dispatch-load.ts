import postgres from "postgres";

/**
 * Issue 13's dispatch week (bench key `dispatch_week_30x600_ms`): 30 technicians (working members
 * marked technician in their profiles) and `count` open records planned over the current week (org
 * zone, Monday first) and assigned to them — 20 each, four 90-minute visits a weekday from 09:00 —
 * on the first 500 customers. The board's week view then draws a row per technician with all of
 * them. In SQL like the other loaders; planning's own rules are the integration tests' business.
 */
export async function loadDispatchWeek(url: string, orgId: string, userId: string, technicians = 30, count = 600) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const started = performance.now();
  try {
    // Nobody signs in as them: a placeholder hash is enough.
    const people = await sql<{ id: string }[]>`
      insert into users (email, name, password_hash)
      select 'dispatch-tech-' || g || '@bench.test', 'Bench Technician ' || lpad(g::text, 2, '0'), 'bench-no-sign-in'
      from generate_series(1, ${technicians}) g
      returning id`;
    const ids = people.map((p) => p.id);
    await sql`insert into memberships (org_id, user_id, role, level) select ${orgId}, unnest(${ids}::uuid[]), 'member', 'contribute'`;
    await sql`insert into member_profiles (org_id, user_id, technician) select ${orgId}, unnest(${ids}::uuid[]), true`;
    await sql`
      with o as (select time_zone as tz from orgs where id = ${orgId}),
           w as (select date_trunc('week', now() at time zone o.tz) as monday, o.tz from o),
           c as (select id, row_number() over (order by id) - 1 as i from customers where org_id = ${orgId} order by id limit 500),
           n as (select coalesce(max(number), 1000) as last from service_records where org_id = ${orgId}),
           g as (select g, g / ${technicians} as k from generate_series(0, ${count - 1}) g),
           s as (select g.g,
                        ((w.monday + (g.k % 5) * interval '1 day' + interval '9 hours' + ((g.k / 5) % 4) * interval '2 hours') at time zone w.tz) as starts_at
                 from g, w),
           r as (
             insert into service_records (org_id, number, customer_id, request_date, subject, status, planned_start, planned_end, created_by_id)
             select ${orgId}, n.last + 1 + s.g, c.id, current_date, 'Dispatch visit ' || s.g, 'assigned', s.starts_at, s.starts_at + interval '90 minutes', ${userId}
             from s cross join n join c on c.i = s.g % (select count(*) from c)
             returning org_id, id, number)
      -- Record g goes to technician g mod 30: each has one visit per slot, none overlapping.
      insert into service_assignments (org_id, record_id, user_id, response, token_hash, assigned_by_id)
      select r.org_id, r.id, (${ids}::uuid[])[1 + (r.number - n.last - 1) % ${technicians}], 'pending', md5(r.id::text || random()::text), ${userId}
      from r cross join n`;
    await sql`analyze users`;
    await sql`analyze memberships`;
    await sql`analyze member_profiles`;
    await sql`analyze service_records`;
    await sql`analyze service_assignments`;
    return { technicians, count, ms: Math.round(performance.now() - started) };
  } finally {
    await sql.end();
  }
}
