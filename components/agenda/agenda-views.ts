// Client-safe: the views a link may open the agenda with (?view=), as FullCalendar names them.

export const AGENDA_VIEWS = { month: "dayGridMonth", week: "timeGridWeek", day: "timeGridDay", list: "listWeek" } as const;
export type AgendaView = keyof typeof AGENDA_VIEWS;

export function agendaViewOf(value: string | string[] | undefined): AgendaView | null {
  return typeof value === "string" && Object.hasOwn(AGENDA_VIEWS, value) ? (value as AgendaView) : null;
}
