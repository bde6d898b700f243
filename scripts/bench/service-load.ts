import postgres from "postgres";

const STATUSES = ["new", "assigned", "in_progress", "completed", "approved", "closed", "cancelled"];
const TYPES = [
  { en: "Installation", tr: "Kurulum", ro: "Instalare" },
  { en: "Repair", tr: "Onarım", ro: "Reparație" },
  { en: "Maintenance", tr: "Bakım", ro: "Întreținere" },
];
const PRIORITIES = [
  { en: "Low", tr: "Düşük", ro: "Scăzută" },
  { en: "Normal", tr: "Normal", ro: "Normală" },
  { en: "Urgent", tr: "Acil", ro: "Urgentă" },
];

/**
 * The bench org's service records, in SQL like the rest of the bench data (load-data.ts): `count`
 * records over every 5th customer, all seven statuses, request dates over two years, a service
 * type and priority each, and the bench user assigned to every record past "new" — so the list's
 * joins (customer, picklists, assignees) do the work they do in a real org. Numbers continue from
 * 1001 as nextRecordNumber would give them. The newest record is not "in_progress", so filtering by
 * that status changes the first row the browser pass watches.
 */
export async function loadServiceRecords(url: string, orgId: string, userId: string, count = 20_000) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const started = performance.now();
  try {
    const addItems = (list: string, items: typeof TYPES) =>
      sql`insert into picklist_items (org_id, list, key, labels, position)
          select ${orgId}, ${list}, ${list} || '_' || i, item, i
          from jsonb_array_elements(${sql.json(items)}::jsonb) with ordinality as e(item, i)`;
    await addItems("service_type", TYPES);
    await addItems("priority", PRIORITIES);
    await sql`
      with c as (select id, row_number() over (order by id) as rn from customers where org_id = ${orgId}),
           types as (select array_agg(id order by position) as ids from picklist_items where org_id = ${orgId} and list = 'service_type'),
           prios as (select array_agg(id order by position) as ids from picklist_items where org_id = ${orgId} and list = 'priority'),
           total as (select count(*) as n from c)
      insert into service_records (org_id, number, customer_id, service_type_id, priority_id, request_date, subject, status, created_by_id, created_at)
      select ${orgId}, 1000 + g, c.id, types.ids[1 + g % 3], prios.ids[1 + (g / 3) % 3],
             (current_date - (g % 730))::date,
             (array['Kamera kurulumu','Arıza: yazıcı','Periodic maintenance','Revizie centrală','Yazılım güncelleme'])[1 + g % 5] || ' ' || g,
             (${STATUSES}::text[])[1 + g % 7]::service_status, ${userId}, now() - (g || ' minutes')::interval
      from generate_series(1, ${count}) g
      cross join types cross join prios cross join total
      join c on c.rn = 1 + (g * 5) % total.n`;
    await sql`
      insert into service_assignments (org_id, record_id, user_id, response, token_hash, assigned_by_id)
      select org_id, id, ${userId}, (case when status = 'assigned' then 'pending' else 'accepted' end)::assignment_response,
             md5(id::text || random()::text), ${userId}
      from service_records where org_id = ${orgId} and status <> 'new'`;
    await sql`analyze service_records`;
    await sql`analyze service_assignments`;
  } finally {
    await sql.end();
  }
  return Math.round(performance.now() - started);
}
