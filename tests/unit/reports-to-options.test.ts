import { describe, expect, it } from "vitest";
import { reportsToOptions } from "@/lib/members/reports-to-options";

const people = [
  { userId: "ayse", name: "Ayşe" },
  { userId: "burak", name: "Burak" },
  { userId: "can", name: "Can" },
  { userId: "deniz", name: "Deniz" },
  { userId: "ece", name: "Ece" },
];
const places = {
  ayse: { position: "director" as const, departmentId: null },
  burak: { position: "manager" as const, departmentId: "service" },
  can: { position: "employee" as const, departmentId: "service" },
  deniz: { position: "manager_director" as const, departmentId: "service" },
  ece: { position: "manager" as const, departmentId: "sales" },
};
const ids = (list: { userId: string }[]) => list.map((p) => p.userId);

describe("reports-to choices", () => {
  it("offer the chosen department's managers and manager-directors first, everyone else after", () => {
    const options = reportsToOptions(people, places, "service", "can");
    expect(ids(options.departmentManagers)).toEqual(["burak", "deniz"]);
    expect(ids(options.others)).toEqual(["ayse", "ece"]);
  });

  it("follow the department: another department's manager moves to the front", () => {
    expect(ids(reportsToOptions(people, places, "sales", "can").departmentManagers)).toEqual(["ece"]);
  });

  it("without a department, offer everyone in name order and no group of managers", () => {
    const options = reportsToOptions(people, places, null, "can");
    expect(options.departmentManagers).toEqual([]);
    expect(ids(options.others)).toEqual(["ayse", "burak", "deniz", "ece"]);
  });

  it("never offer the member as their own manager", () => {
    const options = reportsToOptions(people, places, "service", "burak");
    expect(ids([...options.departmentManagers, ...options.others])).not.toContain("burak");
  });
});
