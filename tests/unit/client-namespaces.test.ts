import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CLIENT_NAMESPACES,
  type ClientSection,
  type MessagePath,
  OWN_LOCALE_SECTIONS,
  SERVER_ONLY,
  SERVER_ONLY_PARTS,
} from "@/lib/i18n/client-namespaces";
import { LOCALES } from "@/lib/i18n/locales";
import { mergeMessages } from "@/lib/i18n/merge-messages";
import { messagesFor } from "@/lib/i18n/messages";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { clientModules, moduleAt, ROOT, relative, routeFiles, sectionOf, sourceFiles } from "./client-graph";

/**
 * Each route's client components must find every namespace they ask for in the providers above
 * them (MISSING_MESSAGE otherwise, often only after a click). The routes' import graphs say which
 * client components each route renders; lib/i18n/client-namespaces.ts says what each section's
 * layout ships. A namespace that is not a literal cannot be checked, so it fails too.
 */

type Table = Record<string, readonly string[]>;
const ROUTES = routeFiles();
/** The providers themselves: MergeMessages reads its parent's catalogue by design. */
const PROVIDER_MODULES = new Set(["components/shell/client-messages.tsx", "components/shell/merge-messages.tsx"]);
const show = (section: string) => (section === "" ? "root" : section);

/** Table sections from the root down to `dir`. */
function sectionsDownTo(table: Table, dir: string): string[] {
  const parts = dir ? dir.split("/") : [];
  return ["", ...parts.map((_, i) => parts.slice(0, i + 1).join("/"))].filter((section) => section in table);
}

/**
 * The sections whose providers wrap what `routeFile` renders. A layout's own client components
 * are counted outside its own section's provider (which wraps only its children), except the root
 * layout's: its provider wraps the whole body. A section with a locale of its own starts afresh.
 */
function providersOf(table: Table, routeFile: string): string[] {
  const section = sectionOf(routeFile);
  const chain = sectionsDownTo(table, section).filter((s) => !(routeFile.endsWith("/layout.tsx") && s === section && s !== ""));
  const own = chain.findLastIndex((s) => OWN_LOCALE_SECTIONS.has(s as ClientSection));
  return own === -1 ? chain : chain.slice(own);
}

/** Whether shipping `shipped` gives a component everything under `used`. */
function covers(shipped: string, used: string) {
  if (used !== shipped && !used.startsWith(`${shipped}.`)) return false;
  const [namespace, part] = used.split(".") as [string, string | undefined];
  const serverParts = SERVER_ONLY_PARTS[namespace as keyof typeof SERVER_ONLY_PARTS] ?? [];
  // A whole namespace ships without its server-only parts.
  return shipped !== namespace || (part === undefined ? serverParts.length === 0 : !serverParts.includes(part));
}

const overlap = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** Every use of the client catalogue that a route's providers do not answer, one line each. */
function missingNamespaces(table: Table): string[] {
  const problems = new Set<string>();
  for (const route of ROUTES) {
    const providers = providersOf(table, route);
    const shipped = providers.flatMap((section) => table[section] ?? []);
    const nearest = show(providers.at(-1) ?? "");
    for (const mod of clientModules(route)) {
      if (PROVIDER_MODULES.has(relative(mod.file))) continue;
      for (const use of mod.uses) {
        const where = `${relative(use.file)}:${use.line}`;
        if (use.namespace === null)
          problems.add(
            `${where} calls ${use.hook}() without a literal namespace (reached from ${route}): name it, e.g. useTranslations("customer.feed"), so its route can ship it`,
          );
        else if (!shipped.some((path) => covers(path, use.namespace!)))
          problems.add(
            `${where} uses "${use.namespace}", reached from ${route}, whose providers (${providers.map(show).join(" → ")}) do not ship it: add it to CLIENT_NAMESPACES["${nearest}"] in lib/i18n/client-namespaces.ts (or a section below)`,
          );
      }
    }
  }
  return [...problems];
}

/** Routes a section's provider wraps, with the namespaces their client components use. */
function usesUnder(table: Table, section: string): string[] {
  return ROUTES.filter((route) => providersOf(table, route).includes(section)).flatMap((route) =>
    clientModules(route)
      .filter((mod) => !PROVIDER_MODULES.has(relative(mod.file)))
      .flatMap((mod) => mod.uses.flatMap((use) => (use.namespace ? [use.namespace] : []))),
  );
}

describe("client messages per route (lib/i18n/client-namespaces.ts)", () => {
  it("ships every namespace each route's client components use", () => {
    expect(missingNamespaces(CLIENT_NAMESPACES)).toEqual([]);
  });

  it("names the component and the route when a section lacks a namespace", () => {
    // The check itself can fail: without "auth" the sign-in form has no strings.
    const withoutAuth = { ...CLIENT_NAMESPACES, "(auth)": CLIENT_NAMESPACES["(auth)"].filter((path) => path !== "auth") };
    const problems = missingNamespaces(withoutAuth);
    expect(
      problems.some(
        (line) => line.startsWith("components/auth/sign-in-form.tsx:") && line.includes('uses "auth", reached from app/(auth)/sign-in/page.tsx'),
      ),
    ).toBe(true);
  });

  it("ships each namespace once per route, and only where something below uses it", () => {
    const problems: string[] = [];
    for (const [section, paths] of Object.entries(CLIENT_NAMESPACES) as [string, readonly string[]][]) {
      const uses = usesUnder(CLIENT_NAMESPACES, section);
      // A section in a locale of its own replaces what the sections above it ship.
      const above =
        section === "" || OWN_LOCALE_SECTIONS.has(section as ClientSection)
          ? []
          : providersOf(CLIENT_NAMESPACES, path.join("app", section, "layout.tsx")).flatMap((s) => CLIENT_NAMESPACES[s as ClientSection]);
      paths.forEach((p, i) => {
        if (!uses.some((used) => covers(p, used))) problems.push(`${show(section)} ships "${p}", which no client component below it uses`);
        const again = above.find((other) => overlap(other, p));
        if (again) problems.push(`${show(section)} ships "${p}" again: a section above already ships "${again}"`);
        const twin = paths.slice(0, i).find((other) => overlap(other, p));
        if (twin) problems.push(`${show(section)} lists "${p}" and "${twin}"`);
      });
    }
    expect(problems).toEqual([]);
  });

  it("never ships what only the server reads, and every path exists in every language", () => {
    const problems: string[] = [];
    for (const [section, paths] of Object.entries(CLIENT_NAMESPACES) as [string, readonly MessagePath[]][])
      for (const p of paths) {
        const [namespace, part] = p.split(".") as [keyof typeof SERVER_ONLY_PARTS, string | undefined];
        if (SERVER_ONLY.includes(namespace) || (part && SERVER_ONLY_PARTS[namespace]?.includes(part)))
          problems.push(`${show(section)} ships server-only "${p}"`);
        for (const locale of LOCALES)
          if (Object.keys(pickMessages(messagesFor(locale), [p])).length === 0) problems.push(`${show(section)} ships "${p}", missing in ${locale}`);
      }
    expect(problems).toEqual([]);
  });

  it("has each section's provider in that section's layout, around its children, and no other provider", () => {
    const problems: string[] = [];
    for (const section of Object.keys(CLIENT_NAMESPACES).filter((s) => s !== "")) {
      const layout = path.join("app", section, "layout.tsx");
      const rendered =
        existsSync(path.join(ROOT, layout)) &&
        moduleAt(layout).elements.some((e) => e.tag === "SectionMessages" && e.attributes.section === section && e.wrapsChildren);
      if (!rendered) problems.push(`${layout} must render <SectionMessages section="${section}">{children}</SectionMessages>`);
    }
    if (!moduleAt("app/layout.tsx").elements.some((e) => e.tag === "ClientMessages" && e.wrapsChildren))
      problems.push("app/layout.tsx must render <ClientMessages> around its children");
    for (const file of sourceFiles()) {
      const mod = moduleAt(file);
      // Another provider would replace the messages for its subtree, unseen by this check.
      if (!PROVIDER_MODULES.has(file) && mod.intlImports.some((name) => name === "NextIntlClientProvider" || name === "IntlProvider" || name === "*"))
        problems.push(`${file} sets up its own next-intl provider: ship its namespaces through lib/i18n/client-namespaces.ts instead`);
      for (const element of mod.elements.filter((e) => e.tag === "SectionMessages"))
        if (!file.endsWith("/layout.tsx") || element.attributes.section !== sectionOf(file))
          problems.push(`${file} renders SectionMessages; only app/<section>/layout.tsx may, for its own section`);
    }
    expect(problems).toEqual([]);
  });
});

describe("pickMessages / mergeMessages", () => {
  const en = messagesFor("en");

  it("ships only the listed parts, a whole namespace without its server-only parts", () => {
    const picked = pickMessages(en, ["customer.feed", "dispatch", "common"]);
    expect(Object.keys(picked).sort()).toEqual(["common", "customer", "dispatch"]);
    expect(Object.keys(picked.customer as object)).toEqual(["feed"]);
    expect(Object.keys(picked.dispatch as object).sort()).toEqual(["board", "mailbox", "thread"]);
    expect(picked.common).toEqual(en.common);
  });

  it("keeps the request's own labels (an org's renamed customer type)", () => {
    const renamed = { ...en, customerTypes: { ...en.customerTypes, dealer: "Bayi" } };
    expect(pickMessages(renamed, ["customerTypes"])).toEqual({ customerTypes: { ...en.customerTypes, dealer: "Bayi" } });
  });

  it("adds a section's messages to its parents' without losing theirs", () => {
    const parent = pickMessages(en, ["common", "timer.header"]);
    const merged = mergeMessages(parent, pickMessages(en, ["timer.card"]));
    expect(merged).toEqual({ common: en.common, timer: { header: en.timer.header, card: en.timer.card } });
  });
});
