import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOM } from "@/lib/customers/csv";
import { createCustomer } from "@/lib/customers/create-customer";
import { exportCustomers } from "@/lib/customers/export-customers";
import { ForbiddenError } from "@/lib/errors";
import type { ExportResult } from "@/lib/exports/export-table";
import { CSV_SEPARATOR, toCsvFile } from "@/lib/exports/to-csv-file";
import { toXlsxFile } from "@/lib/exports/to-xlsx-file";
import { messagesFor } from "@/lib/i18n/messages";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;

function customerInput(name: string, extra: Record<string, unknown> = {}) {
  return { name, type: "customer", status: "first_contact", contact: { name: `${name} Contact` }, ...extra } as const;
}

/** The export as the CSV file the route sends, parsed with the separator of its language. */
function parse(result: ExportResult) {
  const { body } = toCsvFile(result.table);
  expect(body.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(body.slice(BOM.length), { newline: "\r\n", delimiter: CSV_SEPARATOR[result.table.locale] }).data;
}

let org: Org;
let other: Org;

// Seven dealers (the filtered view) among customers of other types, plus a dealer in another org.
const DEALERS = ["Ahenk Ltd", "-Eksi Mühendislik", '=HYPERLINK("http://x")', "Bora Şti.", "Cem Ticaret", "Dere A.Ş.", "@Etki"];

beforeAll(async () => {
  org = await createOrg("Export Org");
  other = await createOrg("Export Other");
  for (const [i, name] of DEALERS.entries()) {
    await createCustomer(
      org.ctx,
      customerInput(name, {
        type: "dealer",
        accountCode: `D-${i}`,
        phone: i === 0 ? "+90 532 111 22 33" : undefined,
        email: i === 0 ? "info@ahenk.com.tr" : undefined,
      }),
    );
  }
  await createCustomer(org.ctx, customerInput("Not A Dealer"));
  await createCustomer(org.ctx, customerInput("Distributor Co", { type: "distributor" }));
  await createCustomer(other.ctx, customerInput("Other Org Dealer", { type: "dealer" }));
});
afterAll(closeConnections);

describe("exporting the customer list", () => {
  it("writes every row of the filtered view across chunks, in the view's order, with guarded cells", async () => {
    const result = await exportCustomers(org.ctx, { type: "dealer" }, { locale: "en", chunkSize: 2 });
    const [header, ...rows] = parse(result);
    expect(header).toEqual(["Name", "Account code", "Type", "Status", "Region", "Tags", "Phone", "E-mail", "Created"]);
    expect(result).toMatchObject({ rowCount: DEALERS.length, truncated: false });
    expect(toCsvFile(result.table).filename).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
    // The same order as the list (name ascending), each row once, other types and orgs left out.
    const names = rows.map((r) => r[0]!.replace(/^'/, ""));
    expect(names).toEqual([...DEALERS].sort());
    const byCode = new Map(rows.map((r) => [r[1], r]));
    expect(byCode.get("D-0")).toEqual([
      "Ahenk Ltd",
      "D-0",
      "Dealer",
      "First contact",
      "",
      "",
      "+905321112233",
      "info@ahenk.com.tr",
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    ]);
    expect(byCode.get("D-1")![0]).toBe("'-Eksi Mühendislik");
    expect(byCode.get("D-2")![0]).toBe('\'=HYPERLINK("http://x")');
    expect(byCode.get("D-6")![0]).toBe("'@Etki");
  });

  it("follows the view's sort and language, and writes all columns whichever are shown", async () => {
    const result = await exportCustomers(org.ctx, { type: "dealer", sort: "created", dir: "desc", cols: "phone" }, { locale: "tr", chunkSize: 3 });
    const [header, ...rows] = parse(result);
    const columns = messagesFor("tr").customerList.columns;
    expect(header).toEqual([
      columns.name,
      columns.accountCode,
      columns.type,
      columns.status,
      columns.region,
      columns.tags,
      columns.phone,
      columns.email,
      columns.created,
    ]);
    expect(header!.slice(0, 3)).toEqual(["Ad", "Cari kodu", "Tür"]);
    expect(rows.map((r) => r[0]!.replace(/^'/, ""))).toEqual([...DEALERS].reverse());
    expect(rows.at(-1)!.slice(0, 4)).toEqual(["Ahenk Ltd", "D-0", "Bayi", "İlk temas"]);
  });

  it("separates with `;` under a Turkish or Romanian file name for tr/ro users, with `,` for en", async () => {
    const tr = toCsvFile((await exportCustomers(org.ctx, { q: "ahenk" }, { locale: "tr" })).table);
    expect(tr.filename).toMatch(/^musteriler-\d{4}-\d{2}-\d{2}\.csv$/);
    const trLines = tr.body.slice(BOM.length).split("\r\n");
    expect(trLines[0]).toBe("Ad;Cari kodu;Tür;Durum;Bölge;Etiketler;Telefon;E-posta;Oluşturulma");
    expect(trLines[1]).toMatch(/^Ahenk Ltd;D-0;Bayi;İlk temas;;;\+905321112233;info@ahenk\.com\.tr;\d{4}-\d{2}-\d{2}$/);
    const ro = toCsvFile((await exportCustomers(org.ctx, { q: "ahenk" }, { locale: "ro" })).table);
    expect(ro.filename).toMatch(/^clienti-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(ro.body.slice(BOM.length).split("\r\n")[1]).toMatch(/^Ahenk Ltd;D-0;/);
    const en = toCsvFile((await exportCustomers(org.ctx, { q: "ahenk" }, { locale: "en" })).table);
    expect(en.body.slice(BOM.length).split("\r\n")[1]).toMatch(/^Ahenk Ltd,D-0,Dealer,First contact,,,\+905321112233,/);
  });

  it("writes an .xlsx workbook with the header and every row, the created date as a date", async () => {
    const file = await toXlsxFile((await exportCustomers(org.ctx, { type: "dealer" }, { locale: "en" })).table);
    expect(file.filename).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Customers");
    expect(sheet.getRow(1).values).toEqual([undefined, "Name", "Account code", "Type", "Status", "Region", "Tags", "Phone", "E-mail", "Created"]);
    expect(sheet.rowCount).toBe(1 + DEALERS.length);
    const rows = Array.from({ length: DEALERS.length }, (_, i) => sheet.getRow(i + 2));
    // Names exactly as typed: a string cell is never evaluated, so no formula guard is needed.
    expect(rows.map((r) => r.getCell(1).value)).toEqual([...DEALERS].sort());
    const ahenk = rows.find((r) => r.getCell(2).value === "D-0")!;
    expect(ahenk.getCell(7).value).toBe("+905321112233");
    expect(ahenk.getCell(9).value).toBeInstanceOf(Date);
  });

  it("writes type and status labels in the requested language", async () => {
    const [, ...rows] = parse(await exportCustomers(org.ctx, { q: "ahenk" }, { locale: "ro" }));
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([["Ahenk Ltd", "Dealer", "Primul contact"]]);
  });

  it("stops at the cap and says so", async () => {
    const result = await exportCustomers(org.ctx, { type: "dealer" }, { locale: "en", chunkSize: 2, cap: 3 });
    expect(result).toMatchObject({ rowCount: 3, truncated: true });
    expect(parse(result)).toHaveLength(4);
  });

  it("is allowed from View and refused below it", async () => {
    const viewer = await addMember(org, "view");
    expect((await exportCustomers(viewer.ctx, { type: "dealer" }, { locale: "en" })).rowCount).toBe(DEALERS.length);
    const none = await addMember(org, "none");
    await caught(exportCustomers(none.ctx, {}, { locale: "en" }), ForbiddenError);
  });
});
