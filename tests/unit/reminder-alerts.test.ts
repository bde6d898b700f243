import { describe, expect, it } from "vitest";
import { armAlerts, dueAlerts, reminderAlertKey } from "@/lib/reminders/alerts";

// SPEC W6: the day-before e-mail and the due-time alert of a reminder, from its cursor.

const due = new Date("2027-03-10T09:00:00Z");
const at = (iso: string) => new Date(iso);

describe("armAlerts", () => {
  it("arms the e-mail when a whole day is ahead, else the due time", () => {
    expect(armAlerts(due, at("2027-03-09T09:00:00Z"))).toEqual(at("2027-03-09T09:00:00Z"));
    expect(armAlerts(due, at("2027-03-09T09:00:01Z"))).toEqual(due);
    expect(armAlerts(due, at("2027-03-11T00:00:00Z"))).toEqual(due);
  });
});

describe("dueAlerts", () => {
  const armed = { dueAt: due, nextAlertAt: at("2027-03-09T09:00:00Z") };
  it("sends nothing before the cursor", () => {
    expect(dueAlerts(armed, at("2027-03-09T08:59:59Z"))).toEqual({ email: false, due: false, next: armed.nextAlertAt });
  });
  it("sends the e-mail at its instant and moves the cursor to the due time", () => {
    expect(dueAlerts(armed, at("2027-03-09T09:00:00Z"))).toEqual({ email: true, due: false, next: due });
  });
  it("after downtime past the due time sends only the due alert", () => {
    expect(dueAlerts(armed, at("2027-03-10T10:00:00Z"))).toEqual({ email: false, due: true, next: null });
  });
  it("at the due time sends the due alert and clears the cursor; a cleared cursor sends nothing", () => {
    expect(dueAlerts({ dueAt: due, nextAlertAt: due }, due)).toEqual({ email: false, due: true, next: null });
    expect(dueAlerts({ dueAt: due, nextAlertAt: null }, at("2027-04-01T00:00:00Z"))).toEqual({ email: false, due: false, next: null });
  });
  it("keys name the recipient, the alert and the due instant", () => {
    expect(reminderAlertKey("r", "u", "email", due)).toBe("reminder:r:u:email:2027-03-10T09:00:00.000Z");
  });
});
