import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { addPicklistItem, archivePicklistItem, listPicklistForEditing, updatePicklistItem } from "@/lib/picklists/manage-picklist";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

let a: Awaited<ReturnType<typeof createOrg>>;
let b: Awaited<ReturnType<typeof createOrg>>;
beforeAll(async () => {
  a = await createOrg("Picklist A");
  b = await createOrg("Picklist B");
});
afterAll(closeConnections);

describe("org picklists (regions)", () => {
  it("adds, renames and archives entries with labels per language", async () => {
    const { id } = await addPicklistItem(a.ctx, { list: "region", labels: { en: "Aegean", tr: "Ege", ro: "" } });
    expect(await listPicklist(a.ctx, "region", "tr")).toEqual([expect.objectContaining({ id, label: "Ege" })]);
    expect((await listPicklist(a.ctx, "region", "ro"))[0]!.label).toBe("Aegean");
    await updatePicklistItem(a.ctx, { id, list: "region", labels: { en: "Aegean", tr: "Ege", ro: "Egee" } });
    expect((await listPicklist(a.ctx, "region", "ro"))[0]!.label).toBe("Egee");
    await archivePicklistItem(a.ctx, { id });
    expect(await listPicklist(a.ctx, "region", "en")).toEqual([]);
  });

  it("needs at least one label", async () => {
    const error = await caught(addPicklistItem(a.ctx, { list: "region", labels: { en: " ", tr: "", ro: "" } }), ValidationError);
    expect(error.fieldErrors).toEqual({ "labels.en": "required" });
  });

  it("keeps each org's lists to itself and needs Manage", async () => {
    const { id } = await addPicklistItem(b.ctx, { list: "region", labels: { en: "Cluj", tr: "", ro: "Cluj" } });
    await caught(updatePicklistItem(a.ctx, { id, list: "region", labels: { en: "Taken", tr: "", ro: "" } }), NotFoundError);
    await caught(archivePicklistItem(a.ctx, { id }), NotFoundError);
    expect((await listPicklistForEditing(a.ctx, "region")).some((item) => item.id === id)).toBe(false);
    const editor = await addMember(a, "edit");
    await caught(addPicklistItem(editor.ctx, { list: "region", labels: { en: "X", tr: "", ro: "" } }), ForbiddenError);
    const manager = await addMember(a, "manage");
    await expect(addPicklistItem(manager.ctx, { list: "region", labels: { en: "Marmara", tr: "", ro: "" } })).resolves.toHaveProperty("id");
  });
});
