import "server-only";
import type { OrgContext } from "@/lib/context";
import { type ExportColumn, type ExportColumnKind, type ExportResult, isoDate } from "@/lib/exports/export-table";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { messagesForOrg } from "@/lib/picklists/label-overrides";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { selectCustomerPage } from "./list-customers";
import { LIST_COLUMNS, type ListColumn, parseCustomerQuery } from "./list-params";
import { now } from "@/lib/clock";

/** Rows fetched per query while exporting; keyset paging keeps every chunk as cheap as the first. */
export const EXPORT_CHUNK = 1000;
/** An export stops here so one request cannot hold the server for an unbounded table. */
export const EXPORT_CAP = 100_000;

/** What each column holds in a spreadsheet; the rest is text (account codes and phones stay text). */
const KINDS: Partial<Record<ListColumn, ExportColumnKind>> = { created: "date" };

/**
 * The list's current view as an export table (CSV or .xlsx): the same filters and sort as the URL,
 * every matching row (not only the page on screen) up to EXPORT_CAP, headers, labels and file name
 * in `locale`. All columns are written whichever are shown: hiding one to make the table fit must
 * not drop it from the data.
 */
export async function exportCustomers(
  ctx: OrgContext,
  input: unknown,
  options: { locale: Locale; chunkSize?: number; cap?: number },
): Promise<ExportResult> {
  requirePermission(ctx, "customers.export");
  const query = parseCustomerQuery(input);
  const chunkSize = options.chunkSize ?? EXPORT_CHUNK;
  const cap = options.cap ?? EXPORT_CAP;
  const messages = await messagesForOrg(ctx, options.locale);
  const [regionList, tagList] = await Promise.all([listPicklist(ctx, "region", options.locale), listPicklist(ctx, "tag", options.locale)]);
  const regions = new Map(regionList.map((r) => [r.id, r.label]));
  const tags = new Map(tagList.map((r) => [r.id, r.label]));

  type Row = Awaited<ReturnType<typeof selectCustomerPage>>["rows"][number];
  const cell: Record<ListColumn, (row: Row) => string | null> = {
    name: (r) => r.name,
    accountCode: (r) => r.accountCode,
    type: (r) => messages.customerTypes[r.type],
    status: (r) => messages.lifecycle[r.status],
    region: (r) => (r.regionId ? (regions.get(r.regionId) ?? null) : null),
    tags: (r) =>
      r.tagIds
        .map((id) => tags.get(id))
        .filter(Boolean)
        .join(", ") || null,
    phone: (r) => r.phone,
    email: (r) => r.email,
    created: (r) => isoDate(r.createdAt, ctx.org.timeZone),
  };

  const lines: (string | null)[][] = [];
  let after: string | null = null;
  do {
    const page = await selectCustomerPage(ctx, query, after, Math.min(chunkSize, cap - lines.length));
    for (const row of page.rows) lines.push(LIST_COLUMNS.map((col) => cell[col](row)));
    after = page.nextCursor;
  } while (after && lines.length < cap);

  const columns: ExportColumn[] = LIST_COLUMNS.map((col) => ({ header: messages.customerList.columns[col], kind: KINDS[col] ?? "text" }));
  return {
    table: {
      locale: options.locale,
      fileName: `${messages.customerList.fileName}-${isoDate(now(), ctx.org.timeZone)}`,
      sheetName: messages.customerList.title,
      columns,
      rows: lines,
    },
    rowCount: lines.length,
    /** More rows matched than the cap allowed. */
    truncated: after !== null,
  };
}
