import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AccessAnswerText } from "@/components/access/access-answer";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import type { AccessAnswer, AccessReason, AccessTarget } from "@/lib/visibility/explain-access-schema";
import { reasonGrants } from "@/lib/visibility/explain-access-schema";

// Issue 10, item 9: every rule an answer can name reads as a whole sentence in each language —
// no missing message, no unfilled {placeholder} — and the English wording says what the rule is.

const REASONS: AccessReason[] = [
  { rule: "left" },
  { rule: "level", level: "none" },
  { rule: "level", level: "view" },
  { rule: "admin" },
  { rule: "unplaced" },
  { rule: "technician", authorised: true, assigned: false },
  { rule: "technician", authorised: false, assigned: true },
  { rule: "technician", authorised: false, assigned: false },
  { rule: "partner", company: "Delta Dağıtım", inside: true, assigned: false },
  { rule: "partner", company: "Delta Dağıtım", inside: false, assigned: true },
  { rule: "partner", company: "Delta Dağıtım", inside: false, assigned: false },
  { rule: "position", scope: "all", position: "director", configured: false },
  { rule: "position", scope: "department", position: "manager", configured: true, via: { name: "Ece Şahin", role: "supportRep", self: false } },
  { rule: "position", scope: "department", position: "manager", configured: false, via: { name: "Mert Müdür", role: "assignee", self: true } },
  { rule: "position", scope: "department", position: "manager", configured: false, via: null },
  { rule: "position", scope: "responsible", position: "employee", configured: false, roles: ["salesRep", "technician"] },
  { rule: "position", scope: "responsible", position: "employee", configured: true, roles: [] },
];

function render(locale: Locale, answer: AccessAnswer) {
  const errors: string[] = [];
  const html = renderToStaticMarkup(
    // next-intl's props type requires `children` among the props (a .ts file has no JSX to nest it).
    // eslint-disable-next-line react/no-children-prop
    createElement(NextIntlClientProvider, {
      locale,
      messages: messagesFor(locale),
      timeZone: "Europe/Istanbul",
      onError: (e: Error) => errors.push(e.message),
      children: createElement(AccessAnswerText, { answer }),
    }),
  );
  expect(errors).toEqual([]);
  return html.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'");
}

const answerOf = (target: AccessTarget, read: AccessReason, write: AccessReason = read): AccessAnswer => ({
  member: { userId: "00000000-0000-4000-8000-000000000001", name: "Zeki Teknisyen" },
  target,
  read: { allowed: reasonGrants(read), reason: read },
  write: { allowed: reasonGrants(write), reason: write },
});

describe.each(LOCALES)("the answer in %s", (locale) => {
  it.each(REASONS.flatMap((reason) => (["customer", "serviceRecord"] as const).map((target) => [target, reason] as const)))(
    "about a %s, %o",
    (target, reason) => {
      const text = render(locale, answerOf(target, reason, reason.rule === "unplaced" ? { rule: "level", level: "view" } : reason));
      expect(text).not.toMatch(/[{}]|access\.[a-z]/);
      expect(text).toContain("Zeki Teknisyen");
      if (locale !== "en")
        expect(text).not.toBe(render("en", answerOf(target, reason, reason.rule === "unplaced" ? { rule: "level", level: "view" } : reason)));
    },
  );
});

describe("the English wording", () => {
  it("names the rule that refuses and the one that grants", () => {
    expect(render("en", answerOf("customer", { rule: "technician", authorised: false, assigned: false }))).toBe(
      "Zeki Teknisyen cannot see this customer: technicians see only the customers they are authorised for.",
    );
    expect(render("en", answerOf("customer", { rule: "unplaced" }, { rule: "level", level: "view" }))).toBe(
      "Zeki Teknisyen can see this customer: members without a position reach everything their permission level allows. Zeki Teknisyen cannot change it: the permission level View does not allow changes.",
    );
    expect(
      render(
        "en",
        answerOf("serviceRecord", {
          rule: "position",
          scope: "responsible",
          position: "employee",
          configured: false,
          roles: ["creator", "assignee"],
        }),
      ),
    ).toBe(
      "Zeki Teknisyen can see and change this service record: the position Employee reaches only what they are responsible for (the default), and Zeki Teknisyen is responsible here as creator and assignee.",
    );
    expect(
      render(
        "en",
        answerOf(
          "customer",
          { rule: "position", scope: "department", position: "manager", configured: true, via: { name: "Ece Şahin", role: "salesRep", self: false } },
          { rule: "position", scope: "responsible", position: "manager", configured: true, roles: [] },
        ),
      ),
    ).toBe(
      "Zeki Teknisyen can see this customer: the position Manager reaches what their department and the people reporting to them are responsible for (set in Settings → Access); responsible here: Ece Şahin (sales rep). Zeki Teknisyen cannot change it: the position Manager reaches only what they are responsible for (set in Settings → Access), and Zeki Teknisyen is not responsible for this one.",
    );
  });
});
