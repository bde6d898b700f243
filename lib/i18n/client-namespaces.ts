import type { Messages } from "./messages";

/** "customer", "customer.feed", "service.form.customerCard": a namespace or a part of one. */
type PathsOf<T, Depth extends unknown[] = []> = {
  [K in keyof T & string]: T[K] extends string ? K : Depth["length"] extends 2 ? K : K | `${K}.${PathsOf<T[K], [...Depth, unknown]>}`;
}[keyof T & string];
export type MessagePath = PathsOf<Messages>;

/** Namespaces only server code reads (e-mails, server-rendered pages): never sent to the browser. */
export const SERVER_ONLY: readonly (keyof Messages)[] = ["app", "emails", "mailbox", "overview", "notFound"];
/** Parts of client namespaces only the server reads (e-mail texts, the server-rendered approval report). */
export const SERVER_ONLY_PARTS: Partial<Record<keyof Messages, readonly string[]>> = {
  dispatch: ["email", "respond"],
  approval: ["email", "report", "history"],
  reminders: ["email"],
  appointments: ["email"],
};

/**
 * What each route section sends its client components, keyed by the section's folder under app/
 * ("" is the root layout). A section's layout renders <SectionMessages section="…"> around its
 * children, which adds these to what the sections above it sent: a namespace travels once, with
 * the outermost layout whose routes need it, and only on the routes below that layout.
 *
 * tests/unit/client-namespaces.test.ts walks every route's imports to the client components it
 * renders and fails when one of them asks for a namespace its sections do not send, or when a
 * section sends one nothing below it uses.
 */
export const CLIENT_NAMESPACES = {
  // The root layout's toaster, the language and theme switchers, every action form's error mapping.
  "": ["common", "errors", "shell"],
  // The signed-in shell: navigation, the running-timer pill and the quick-create task dialog.
  "(app)": ["nav", "timer.header", "timer.toasts", "tasks.quick", "reminders.banner"],
  "(app)/[org]/account": ["account", "auth", "validation", "notifications.preferences", "notifications.kinds"],
  "(app)/[org]/activities": [
    "activitiesPage",
    "activityKindLabels",
    "activityKinds",
    "customer.feed",
    "customer.fields",
    "contracts.fields",
    "plans.changes",
    "plans.methods",
    "plans.periods",
    "plans.overtime",
    "schedules.changes",
    "schedules.fields.policies",
    "customer.contact",
    "service.list.columns",
    "service.form.fields",
    "service.statuses",
    "timer.fields",
    "tasks.statuses",
    "lifecycle",
    "customerTypes",
    "contactMethods",
  ],
  "(app)/[org]/contacts": ["contactList", "contactMethods"],
  // The list; a customer's own pages add theirs below.
  "(app)/[org]/customers": ["customerList", "customerTypes", "lifecycle", "activityKinds", "tasks.panel", "tasks.kinds", "tasks.statuses"],
  "(app)/[org]/customers/[id]": [
    "customer",
    "contracts.fields",
    "plans.changes",
    "plans.methods",
    "plans.periods",
    "plans.overtime",
    "schedules.changes",
    "schedules.fields.policies",
    "contactMethods",
    "service.statuses",
    "service.list.columns",
    "service.form.fields",
    "timer.fields",
    "validation",
    "structure.technicians",
    "access",
    "structure.positions",
    "levels",
    "tasks.statusActions",
  ],
  "(app)/[org]/customers/new": ["customer", "contactMethods", "validation"],
  // The list, a contract's page and its forms (states, filters, fields, dialogs).
  "(app)/[org]/contracts": ["contracts", "validation", "service.slaPolicy", "service.statuses"],
  // Issue 13 (SPEC W2): the appointment form (new, edit) with its clash warning, and the detail's Delete.
  "(app)/[org]/agenda/new": ["appointments.fields", "appointments.form", "appointments.clash", "validation"],
  "(app)/[org]/agenda/[id]": ["appointments.fields", "appointments.form", "appointments.clash", "appointments.detail", "validation"],
  // The list, an item's page (status buttons, delete) and its form.
  "(app)/[org]/tasks": [
    "tasks.list",
    "tasks.kinds",
    "tasks.statuses",
    "tasks.priorities",
    "tasks.fields",
    "tasks.form",
    "tasks.detail",
    "tasks.statusActions",
    "validation",
  ],
  // The list with its form, a reminder's page (edit, delete).
  "(app)/[org]/reminders": ["reminders.fields", "reminders.form", "reminders.detail", "validation"],
  "(app)/[org]/plans": ["plans", "validation"],
  // Meeting notes: the list, a note's page (book, edit, delete) and its form with the clash warning.
  "(app)/[org]/meetings": ["meetings", "appointments.clash", "validation"],
  // The Agenda and My appointments (the calendar, its member filter and the move-clash dialog).
  "(app)/[org]/agenda": ["agenda"],
  // My day (issue 13 item 6): each record's status, Start/Stop and check-in/out (the record page's timer controls).
  "(app)/[org]/my-day": ["service.statuses", "timer.card"],
  // The dispatch board: lane, technicians' rows, the Plan dialog (its fields) and the warnings dialog.
  "(app)/[org]/dispatch": ["dispatch.board", "validation"],
  // The list, a schedule's page (pause/resume) and its form.
  "(app)/[org]/schedules": ["schedules", "validation"],
  "(app)/[org]/members": ["members", "levels", "roles", "validation", "structure.members", "structure.positions", "access"],
  // A member's profile page: the documents card (the Members section sends the rest).
  "(app)/[org]/members/[id]": ["memberProfile.documents"],
  "(app)/[org]/permissions": ["permissions", "members", "levels", "roles", "validation"],
  "(app)/[org]/reports": ["reports", "service.statuses", "validation"],
  // The list; a record's pages, the new-record form, pending and support add theirs below.
  "(app)/[org]/service": ["service.list", "service.picker", "service.responses", "service.statuses", "service.sla", "contracts.states"],
  "(app)/[org]/service/[id]": [
    "approval.panel",
    "dispatch.thread",
    "service.record",
    "timer.card",
    "timer.entries",
    "timer.manual",
    "validation",
    "structure.assignees",
    "plans.addWork",
  ],
  "(app)/[org]/service/[id]/edit": ["service.form"],
  "(app)/[org]/service/new": ["service.form", "validation", "structure.assignees"],
  "(app)/[org]/service/pending": ["approval.pending"],
  "(app)/[org]/service/support": ["service.form.customerCard", "timer.history", "timer.support", "validation"],
  "(app)/[org]/settings": ["settings", "picklists", "validation"],
  "(app)/[org]/settings/products": ["service.products"],
  "(app)/[org]/settings/calendars": ["calendars"],
  "(app)/[org]/settings/access": ["structure.access", "structure.positions", "structure.scopes"],
  "(app)/[org]/settings/jobs": ["jobs.failures"],
  "(app)/[org]/notifications": ["notifications.page", "notifications.kinds"],
  "(auth)": ["auth", "validation"],
  "(auth)/invite/[token]": ["invite"],
  // In the org's language, whatever the visitor's (SPEC S6): replaces what the root sent.
  "approve/[token]": ["approval.page"],
  "mailbox/[id]": ["dispatch.mailbox"],
  "new-org": ["auth", "validation"],
} as const satisfies Record<string, readonly MessagePath[]>;

export type ClientSection = keyof typeof CLIENT_NAMESPACES;

/** Sections whose provider speaks a locale of its own: they send everything their routes use. */
export const OWN_LOCALE_SECTIONS: ReadonlySet<ClientSection> = new Set(["approve/[token]"]);
