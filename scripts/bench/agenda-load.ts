import postgres from "postgres";

/**
 * Issue 13's agenda month (bench key `agenda_month_2000_ms`): `count` appointments in the current
 * month (org zone), spread over its days from 08:00 to 18:00, 30 to 120 minutes long, each on one of
 * the first 500 customers and attended by the bench user — the Agenda's month view then has to draw
 * them all. In SQL like the other loaders; the verbs' own rules are the integration tests' business.
 */
export async function loadAgendaMonth(url: string, orgId: string, userId: string, count = 2000) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const started = performance.now();
  try {
    await sql`
      with o as (select time_zone as tz from orgs where id = ${orgId}),
           m as (select date_trunc('month', now() at time zone o.tz) as first, o.tz from o),
           c as (select id, row_number() over (order by id) - 1 as i from customers where org_id = ${orgId} order by id limit 500),
           g as (select g from generate_series(0, ${count - 1}) g),
           s as (select g.g,
                        ((m.first + ((g.g % extract(day from (m.first + interval '1 month' - interval '1 day'))::int) * interval '1 day')
                          + interval '8 hours' + ((g.g * 7) % 20) * interval '30 minutes') at time zone m.tz) as starts_at
                 from g, m)
      insert into appointments (org_id, title, customer_id, starts_at, ends_at, created_by_id)
      select ${orgId}, 'Bench visit ' || s.g, c.id, s.starts_at, s.starts_at + (30 + (s.g % 4) * 30) * interval '1 minute', ${userId}
      from s join c on c.i = s.g % (select count(*) from c)`;
    await sql`
      insert into appointment_attendees (org_id, appointment_id, user_id)
      select org_id, id, ${userId} from appointments where org_id = ${orgId} and title like 'Bench visit %'`;
    await sql`analyze appointments`;
    await sql`analyze appointment_attendees`;
    return { count, ms: Math.round(performance.now() - started) };
  } finally {
    await sql.end();
  }
}
