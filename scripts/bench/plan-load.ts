import postgres from "postgres";

/**
 * Issue 12's plan page data (bench key `plan_page_p95_ms`): one prepaid monthly block of 200 h on the
 * first customer, drawing on the org's first service type, with `rows` ledger rows over its twelve
 * periods (the first eleven months ago, the last the current one) — each period's grant and, for
 * the rest, visits of 30 min to 3 h rounded up to 15 min on the bench's service records, by the
 * bench user, on days of their period. In SQL like the other loaders: the page reads rows, and how
 * they were written (postTimeToPlan) is the integration tests' business. The periods stay open, so
 * the page renders every row from the rows themselves, the heaviest case. Returns the plan's id.
 */
export async function loadPlanLedger(url: string, orgId: string, userId: string, rows = 2000) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const started = performance.now();
  try {
    const [plan] = await sql<{ id: string }[]>`
      insert into service_plans (org_id, customer_id, title, billing_method, billing_period, first_period_start,
                                 included_minutes, overtime_rate, rounding_minutes, service_type_ids, created_by_id)
      select ${orgId}, c.id, 'Bench plan', 'prepaid_hours', 'monthly',
             (date_trunc('month', current_date) - interval '11 months')::date, 12000, 1500, 15,
             array[(select id from picklist_items where org_id = ${orgId} and list = 'service_type' order by position, id limit 1)],
             ${userId}
      from (select id from customers where org_id = ${orgId} order by id limit 1) c
      returning id`;
    const planId = plan!.id;
    await sql`
      insert into plan_periods (org_id, plan_id, starts_on, ends_on)
      select ${orgId}, ${planId}, s::date, (s + interval '1 month' - interval '1 day')::date
      from generate_series(date_trunc('month', current_date) - interval '11 months', date_trunc('month', current_date), interval '1 month') s`;
    await sql`
      insert into plan_ledger_entries (org_id, plan_id, period_start, kind, minutes, work_date, actor_id)
      select ${orgId}, ${planId}, starts_on, 'grant', 12000, starts_on, ${userId}
      from plan_periods where org_id = ${orgId} and plan_id = ${planId}`;
    // Visits are spread round-robin over the periods, on days the period has, and never after today.
    await sql`
      with p as (select starts_on, ends_on, row_number() over (order by starts_on) - 1 as i from plan_periods
                 where org_id = ${orgId} and plan_id = ${planId}),
           r as (select id, row_number() over (order by id) - 1 as i from service_records where org_id = ${orgId} limit 500),
           g as (select g, 30 + (g * 37) % 151 as raw from generate_series(0, ${rows - 13}) g)
      insert into plan_ledger_entries (org_id, plan_id, period_start, kind, minutes, raw_minutes, rounded_minutes,
                                       record_id, technician_id, work_date, actor_id)
      select ${orgId}, ${planId}, p.starts_on, 'consumption', -(ceil(g.raw / 15.0) * 15)::int, g.raw, (ceil(g.raw / 15.0) * 15)::int,
             r.id, ${userId}, least(p.starts_on + (g.g / 12) % (p.ends_on - p.starts_on + 1), current_date), ${userId}
      from g
      join p on p.i = g.g % 12
      join r on r.i = g.g % (select count(*) from r)`;
    await sql`analyze plan_ledger_entries`;
    return { planId, ms: Math.round(performance.now() - started) };
  } finally {
    await sql.end();
  }
}
