import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { memberDocuments } from "@/db/schema";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getMemberDocumentDownload } from "@/lib/members/get-member-document";
import { getMemberProfile } from "@/lib/members/get-member-profile";
import { listMemberDocuments } from "@/lib/members/list-member-documents";
import { removeMember } from "@/lib/members/remove-member";
import { removeMemberDocument } from "@/lib/members/remove-member-document";
import { setEmploymentStatus } from "@/lib/members/set-employment-status";
import { updateMemberStructure } from "@/lib/members/update-member-structure";
import { uploadMemberDocument } from "@/lib/members/upload-member-document";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// SPEC T6: the employee profile page and its documents — for Manage users and the employee
// themself; to everyone else (and across orgs) they do not exist.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const HTML = "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>";

type Org = Awaited<ReturnType<typeof createOrg>>;
type Member = Awaited<ReturnType<typeof addMember>>;
let a: Org;
let b: Org;
let manager: Member;
let employee: Member;
let colleague: Member;
let filesDir: string;

const storedFiles = async (org: Org) => (await readdir(path.join(filesDir, org.orgId)).catch(() => [])).sort();
const documentRows = (userId: string) => db.select().from(memberDocuments).where(eq(memberDocuments.userId, userId));

beforeAll(async () => {
  filesDir = await mkdtemp(path.join(tmpdir(), "servio-member-files-"));
  process.env.FILES_DIR = filesDir;
  a = await createOrg("Profiles A", { phoneCountry: "TR" });
  b = await createOrg("Profiles B");
  manager = await addMember(a, "manage");
  employee = await addMember(a, "view");
  colleague = await addMember(a, "view");
});
afterAll(async () => {
  await closeConnections();
  await rm(filesDir, { recursive: true, force: true });
});

describe("the profile page", () => {
  it("shows a Manage user any member's place, contact and employment; phone and notes are kept by the structure verb", async () => {
    const service = (await addPicklistItem(a.ctx, { list: "department", labels: { en: "Service", tr: "Servis", ro: "Service" } })).id;
    await updateMemberStructure(manager.ctx, {
      userId: employee.userId,
      position: "employee",
      departmentId: service,
      reportsTo: a.userId,
      technician: true,
      phone: "0212 555 01 02",
      notes: "Speaks Romanian.\nPrefers mornings.",
    });
    const profile = await getMemberProfile(manager.ctx, { userId: employee.userId }, "tr");
    expect(profile).toMatchObject({
      userId: employee.userId,
      email: employee.email,
      role: "member",
      level: "view",
      position: "employee",
      department: "Servis",
      reportsToName: "Admin",
      technician: true,
      employmentStatus: "working",
      // Typed without +90 in a Turkish org: stored as E.164, like customer phones.
      phone: "+902125550102",
      notes: "Speaks Romanian.\nPrefers mornings.",
      isSelf: false,
    });

    // The Members page's dialog does not send phone or notes: saving it keeps them.
    await updateMemberStructure(manager.ctx, {
      userId: employee.userId,
      position: "employee",
      departmentId: service,
      reportsTo: "",
      technician: true,
    });
    expect(await getMemberProfile(a.ctx, { userId: employee.userId }, "en")).toMatchObject({ phone: "+902125550102", reportsToName: null });
    // Cleared from the profile form: stored as no value.
    await updateMemberStructure(a.ctx, {
      userId: employee.userId,
      position: "employee",
      departmentId: service,
      technician: true,
      phone: "",
      notes: "",
    });
    expect(await getMemberProfile(a.ctx, { userId: employee.userId }, "en")).toMatchObject({ phone: null, notes: null });
    // A bad number is refused next to the field, and the employee cannot edit their own profile.
    expect(
      (await caught(updateMemberStructure(a.ctx, { userId: employee.userId, technician: false, phone: "12" }), ValidationError)).fieldErrors,
    ).toEqual({ phone: "phone" });
    await caught(updateMemberStructure(employee.ctx, { userId: employee.userId, technician: false, notes: "I am great" }), ForbiddenError);
  });

  it("lets a member open their own page (even at level none), but not a colleague's", async () => {
    expect(await getMemberProfile(employee.ctx, { userId: employee.userId }, "en")).toMatchObject({ userId: employee.userId, isSelf: true });
    const none = await addMember(a, "none");
    expect(await getMemberProfile(none.ctx, { userId: none.userId }, "en")).toMatchObject({ level: "none", isSelf: true });
    await caught(getMemberProfile(employee.ctx, { userId: colleague.userId }, "en"), NotFoundError);
    await caught(getMemberProfile(employee.ctx, { userId: a.userId }, "en"), NotFoundError);
    await caught(listMemberDocuments(employee.ctx, { userId: colleague.userId }), NotFoundError);
    // Edit is not Manage: still not found.
    const editor = await addMember(a, "edit");
    await caught(getMemberProfile(editor.ctx, { userId: employee.userId }, "en"), NotFoundError);
  });

  it("knows nobody outside the org: another org's user, a removed member and a made-up id are all not found", async () => {
    await caught(getMemberProfile(a.ctx, { userId: b.userId }, "en"), NotFoundError);
    await caught(getMemberProfile(b.ctx, { userId: employee.userId }, "en"), NotFoundError);
    await caught(getMemberProfile(a.ctx, { userId: "00000000-0000-4000-8000-000000000000" }, "en"), NotFoundError);
    const leaving = await addMember(a, "view");
    await removeMember(a.ctx, { userId: leaving.userId });
    await caught(getMemberProfile(a.ctx, { userId: leaving.userId }, "en"), NotFoundError);
  });

  it("shows a dismissed member with the exit date and reason to Manage", async () => {
    const gone = await addMember(a, "contribute");
    await setEmploymentStatus(a.ctx, { userId: gone.userId, status: "dismissed", exitDate: "2026-11-30", exitReason: "Contract ended" });
    expect(await getMemberProfile(manager.ctx, { userId: gone.userId }, "en")).toMatchObject({
      employmentStatus: "dismissed",
      exitDate: "2026-11-30",
      exitReason: "Contract ended",
    });
  });
});

describe("documents", () => {
  it("stores a document by its content, lists it for Manage and the member, and downloads it byte-identical", async () => {
    const { id } = await uploadMemberDocument(manager.ctx, {
      userId: employee.userId,
      kind: "diploma",
      file: new File([PDF], "Diploma Şule.pdf", { type: "application/octet-stream" }),
    });
    const photo = await uploadMemberDocument(manager.ctx, { userId: employee.userId, kind: "photo", file: new File([PNG], "me.png") });
    const [row] = await db.select().from(memberDocuments).where(eq(memberDocuments.id, id));
    expect(row).toMatchObject({
      orgId: a.orgId,
      userId: employee.userId,
      kind: "diploma",
      fileName: "Diploma Şule.pdf",
      contentType: "application/pdf",
      size: PDF.length,
      uploadedBy: manager.userId,
    });
    expect(row!.storageKey.startsWith(`${a.orgId}/`)).toBe(true);

    for (const viewer of [manager, employee]) {
      const listed = await listMemberDocuments(viewer.ctx, { userId: employee.userId });
      expect(listed.map((d) => [d.kind, d.fileName, d.contentType])).toEqual(
        expect.arrayContaining([
          ["diploma", "Diploma Şule.pdf", "application/pdf"],
          ["photo", "me.png", "image/png"],
        ]),
      );
      const download = await getMemberDocumentDownload(viewer.ctx, { id });
      expect(download).toMatchObject({ fileName: "Diploma Şule.pdf", contentType: "application/pdf" });
      expect(Buffer.from(download.bytes).equals(PDF)).toBe(true);
    }
    expect(Buffer.from((await getMemberDocumentDownload(employee.ctx, { id: photo.id })).bytes).equals(PNG)).toBe(true);
  });

  it("never shows a document to a colleague or another org, nor lets the member change their own", async () => {
    const { id } = await uploadMemberDocument(a.ctx, { userId: colleague.userId, kind: "health_report", file: new File([PDF], "health.pdf") });
    await caught(getMemberDocumentDownload(employee.ctx, { id }), NotFoundError);
    await caught(getMemberDocumentDownload(b.ctx, { id }), NotFoundError);
    await caught(removeMemberDocument(b.ctx, { id }), NotFoundError);
    // The member reads their own documents but does not upload or delete them.
    await caught(removeMemberDocument(colleague.ctx, { id }), ForbiddenError);
    await caught(uploadMemberDocument(colleague.ctx, { userId: colleague.userId, kind: "other", file: new File([PDF], "x.pdf") }), ForbiddenError);
    // Org B cannot upload for A's member.
    await caught(uploadMemberDocument(b.ctx, { userId: colleague.userId, kind: "other", file: new File([PDF], "x.pdf") }), NotFoundError);
    expect(await listMemberDocuments(colleague.ctx, { userId: colleague.userId })).toHaveLength(1);
  });

  it("refuses a PDF renamed .jpg as a photo, an HTML file for any kind and a file over the limit, and stores nothing", async () => {
    const rowsBefore = (await documentRows(colleague.userId)).length;
    const filesBefore = await storedFiles(a);
    const upload = (kind: string, file: File) => caught(uploadMemberDocument(a.ctx, { userId: colleague.userId, kind, file }), ValidationError);

    expect((await upload("photo", new File([PDF], "portrait.jpg", { type: "image/jpeg" }))).fieldErrors).toEqual({ file: "photoType" });
    for (const kind of ["photo", "id_copy", "residence", "health_report", "criminal_record", "diploma", "other"]) {
      const expected = kind === "photo" ? "photoType" : "documentType";
      expect((await upload(kind, new File([HTML], "cv.pdf", { type: "application/pdf" }))).fieldErrors).toEqual({ file: expected });
    }
    const big = new File([Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])], "big.pdf");
    expect((await upload("diploma", big)).fieldErrors).toEqual({ file: "fileTooLarge" });
    expect((await upload("diploma", new File([], "empty.pdf"))).fieldErrors).toEqual({ file: "required" });
    expect((await upload("passport", new File([PDF], "p.pdf"))).fieldErrors).toEqual({ kind: "required" });

    expect(await documentRows(colleague.userId)).toHaveLength(rowsBefore);
    expect(await storedFiles(a)).toEqual(filesBefore);
  });

  it("deletes the row and the stored file", async () => {
    const { id } = await uploadMemberDocument(manager.ctx, { userId: employee.userId, kind: "id_copy", file: new File([PNG], "id.png") });
    const [row] = await db.select().from(memberDocuments).where(eq(memberDocuments.id, id));
    const fileName = row!.storageKey.split("/")[1]!;
    expect(await storedFiles(a)).toContain(fileName);

    expect(await removeMemberDocument(manager.ctx, { id })).toEqual({ userId: employee.userId });
    expect(await db.select().from(memberDocuments).where(eq(memberDocuments.id, id))).toEqual([]);
    expect(await storedFiles(a)).not.toContain(fileName);
    await caught(getMemberDocumentDownload(manager.ctx, { id }), NotFoundError);
    await caught(removeMemberDocument(manager.ctx, { id }), NotFoundError);
  });

  it("removing the member removes their documents and files", async () => {
    const leaving = await addMember(a, "view");
    const { id } = await uploadMemberDocument(a.ctx, { userId: leaving.userId, kind: "criminal_record", file: new File([PDF], "record.pdf") });
    const [row] = await db.select().from(memberDocuments).where(eq(memberDocuments.id, id));
    expect(await storedFiles(a)).toContain(row!.storageKey.split("/")[1]);
    await removeMember(a.ctx, { userId: leaving.userId });
    expect(await documentRows(leaving.userId)).toEqual([]);
    expect(await storedFiles(a)).not.toContain(row!.storageKey.split("/")[1]);
  });
});
