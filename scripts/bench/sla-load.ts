import postgres from "postgres";

/**
 * Issue 11's bench data: `count` service records under SLA contracts, in SQL like the other
 * loaders. Every 10th customer gets an active SLA contract with a policy on the org's default
 * calendar (targets for the bench's three priorities); the records spread over those customers,
 * each with its `started` event (and a `status_changed` for the paused ones) and the list's cached
 * columns. The cache is written here directly, on the wall clock, rather than replayed through
 * deriveSlaClock record by record: the bench measures reading the cache (the list, its time-left
 * column and filters), and the mix is what matters — 60 % running (due from 2 h ago to 8 h ahead,
 * so the breached and breaching-within-1-h filters both find rows), 10 % paused, 20 % met, 10 % breached.
 * They are filed from 90 s ago back, so the newest record is still service-load.ts's (see there).
 */
export async function loadSlaRecords(url: string, orgId: string, userId: string, count = 50_000) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const started = performance.now();
  try {
    const [calendar] = await sql<{ id: string }[]>`
      select id from business_calendars where org_id = ${orgId} order by is_default desc, created_at limit 1`;
    const calendarId =
      calendar?.id ??
      (
        await sql<{ id: string }[]>`
          insert into business_calendars (org_id, name, time_zone, week, is_default)
          values (${orgId}, 'Working hours', 'Europe/Istanbul',
            '{"mon":[{"start":"09:00","end":"18:00"}],"tue":[{"start":"09:00","end":"18:00"}],"wed":[{"start":"09:00","end":"18:00"}],"thu":[{"start":"09:00","end":"18:00"}],"fri":[{"start":"09:00","end":"18:00"}],"sat":[],"sun":[]}'::jsonb,
            true)
          returning id`
      )[0]!.id;
    await sql`
      insert into contracts (org_id, customer_id, type_id, name, starts_on, ends_on, notify_before_days, created_by_id)
      select ${orgId}, c.id, t.id, 'SLA ' || c.rn, current_date - 30, current_date + 335, 30, ${userId}
      from (select id, row_number() over (order by id) as rn from customers where org_id = ${orgId}) c
      cross join (select id from picklist_items where org_id = ${orgId} and list = 'contract_type' and key = 'sla') t
      where c.rn % 10 = 0`;
    await sql`
      insert into sla_policies (org_id, contract_id, kind, calendar_id, targets)
      select ${orgId}, k.id, 'sla', ${calendarId},
             (select jsonb_object_agg(id, jsonb_build_object('firstResponse', 60 * (4 - position), 'resolution', 240 * (4 - position)))
              from picklist_items where org_id = ${orgId} and list = 'priority')
      from contracts k where k.org_id = ${orgId}`;
    await sql`
      with k as (select customer_id, id, row_number() over (order by id) as rn from contracts where org_id = ${orgId}),
           total as (select count(*) as n from k),
           prios as (select array_agg(id order by position) as ids from picklist_items where org_id = ${orgId} and list = 'priority'),
           top as (select coalesce(max(number), 1000) as n from service_records where org_id = ${orgId}),
           g as (select g, g % 10 as kind from generate_series(1, ${count}) g)
      insert into service_records (org_id, number, customer_id, priority_id, request_date, subject, status, created_by_id, created_at,
                                   sla_state, sla_due_at, sla_warn_at, sla_paused_left)
      select ${orgId}, top.n + g.g, k.customer_id, prios.ids[1 + g.g % 3], current_date, 'SLA ' || g.g,
             (case when g.kind < 6 or g.kind = 9 then 'in_progress' when g.kind = 6 then 'waiting_for_customer' else 'completed' end)::service_status,
             ${userId}, now() - (90 + g.g * 24 || ' seconds')::interval,
             (case when g.kind < 6 then 'running' when g.kind = 6 then 'paused' when g.kind < 9 then 'met' else 'breached' end)::sla_clock_state,
             now() + ((g.g % 600) - 120 || ' minutes')::interval,
             now() + ((g.g % 600) - 180 || ' minutes')::interval,
             case when g.kind = 6 then 30 + g.g % 200 end
      from g cross join total cross join prios cross join top
      join k on k.rn = 1 + g.g % total.n`;
    await sql`
      insert into sla_events (org_id, record_id, clock, kind, at, data)
      select r.org_id, r.id, 'sla', 'started', r.created_at,
             jsonb_build_object('priority', r.priority_id, 'status', 'new', 'policyId', p.id, 'calendarId', p.calendar_id,
                                'policy', jsonb_build_object('targets', p.targets, 'pauseStatuses', p.pause_statuses, 'warnShare', p.warn_percent / 100.0))
      from service_records r
      join contracts k on k.org_id = r.org_id and k.customer_id = r.customer_id
      join sla_policies p on p.org_id = k.org_id and p.contract_id = k.id
      where r.org_id = ${orgId} and r.sla_state is not null`;
    await sql`
      insert into sla_events (org_id, record_id, clock, kind, at, data)
      select org_id, id, 'sla', 'status_changed', created_at + interval '1 minute', jsonb_build_object('status', status)
      from service_records where org_id = ${orgId} and sla_state is not null and status <> 'new'`;
    await sql`analyze service_records`;
    await sql`analyze sla_events`;
  } finally {
    await sql.end();
  }
  return Math.round(performance.now() - started);
}
