"use client";

import FullCalendar, {
  type CalendarRef,
  type EventChangeInfo,
  type EventDisplayInfo,
  type EventInput,
  type EventSourceFuncInfo,
} from "@fullcalendar/react";
import dayGridPlugin from "@fullcalendar/react/daygrid";
import interactionPlugin from "@fullcalendar/react/interaction";
import listPlugin from "@fullcalendar/react/list";
import roLocale from "@fullcalendar/react/locales/ro";
import trLocale from "@fullcalendar/react/locales/tr";
import classicTheme from "@fullcalendar/react/themes/classic";
import timeGridPlugin from "@fullcalendar/react/timegrid";
import "@fullcalendar/react/skeleton.css";
import "@fullcalendar/react/themes/classic/theme.css";
import "@fullcalendar/react/themes/classic/palette.css";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { moveAppointmentAction } from "@/lib/appointments/actions";
import type { AgendaEvent, AgendaRange } from "@/lib/appointments/agenda-range-schemas";
import type { AgendaBusinessHours } from "@/lib/appointments/business-hours";
import type { ClashView } from "@/lib/appointments/clash-answer";
import { instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import { AGENDA_VIEWS, type AgendaView } from "./agenda-views";
import { initialsOf } from "./initials";
import { MoveClashDialog } from "./move-clash-dialog";

const LOCALES = { tr: trLocale, ro: roLocale } as const;
/** Below this width a week does not fit: the day's list is the default view (375 px phones). */
const NARROW = 640;

type Props = {
  orgSlug: string;
  view: AgendaView | null;
  locale: string;
  mine: boolean;
  timeZone: string;
  businessHours: AgendaBusinessHours | null;
  members: { id: string; name: string }[];
  canBook: boolean;
};

type PendingMove = { change: EventChangeInfo; clashes: ClashView[] };

function toInput(e: AgendaEvent): EventInput {
  return {
    id: e.id,
    title: e.title,
    start: e.start,
    end: e.end,
    editable: e.editable,
    extendedProps: { customer: e.customer, attendees: e.attendees, version: e.version },
  };
}

function EventBody({ arg }: { arg: EventDisplayInfo }) {
  const { customer, attendees } = arg.event.extendedProps as { customer: string | null; attendees: string[] };
  return (
    <span
      className="agenda-event flex min-w-0 flex-wrap items-baseline gap-x-1 overflow-hidden text-xs leading-tight"
      title={[arg.event.title, customer, attendees.join(", ")].filter(Boolean).join(" · ")}
    >
      {arg.timeText && <span className="font-medium">{arg.timeText}</span>}
      <span className="font-semibold">{arg.event.title}</span>
      {customer && <span className="opacity-80">{customer}</span>}
      {attendees.length > 0 && <span className="opacity-80">({attendees.map(initialsOf).join(", ")})</span>}
    </span>
  );
}

/** SPEC W3 with FullCalendar 7: month, week, day and list views of the visible range only. */
export function AgendaCalendar({ orgSlug, view, locale, mine, timeZone, businessHours, members, canBook }: Props) {
  const t = useTranslations("agenda");
  const router = useRouter();
  const showErrors = useActionErrors();
  const calendar = useRef<CalendarRef>(null);
  const [member, setMember] = useState("");
  const memberRef = useRef("");
  const [tooMany, setTooMany] = useState<number | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [narrow] = useState(() => typeof window !== "undefined" && window.innerWidth < NARROW);

  async function loadEvents(info: EventSourceFuncInfo): Promise<EventInput[]> {
    // The server render draws the empty grid; the browser loads the visible range.
    if (typeof window === "undefined") return [];
    const query = new URLSearchParams({ from: info.start.toISOString(), to: info.end.toISOString() });
    if (mine) query.set("mine", "1");
    if (memberRef.current) query.set("member", memberRef.current);
    const response = await fetch(`/${orgSlug}/agenda/data?${query}`, { cache: "no-store" });
    if (!response.ok) throw new Error(`agenda data: ${response.status}`);
    const range = (await response.json()) as AgendaRange;
    if (range.status === "tooMany") {
      setTooMany(range.limit);
      return [];
    }
    setTooMany(null);
    return range.events.map(toInput);
  }

  async function move(change: EventChangeInfo, acknowledgeClashes: boolean) {
    const { event } = change;
    if (!event.start || !event.end) return change.revert();
    const result = await moveAppointmentAction(orgSlug, {
      id: event.id,
      version: event.extendedProps.version as number,
      startsAt: event.start.toISOString(),
      endsAt: event.end.toISOString(),
      acknowledgeClashes,
    });
    if (!result.ok) {
      change.revert();
      return showErrors(result);
    }
    if (result.data.status === "clashes") return setPending({ change, clashes: result.data.clashes });
    event.setExtendedProp("version", result.data.value.version);
    toast.success(t("moved"));
  }

  function bookAt(date: Date, dateStr: string, allDay: boolean) {
    if (!canBook) return;
    // A day of the month view books at 09:00 that day in the org's zone; a slot at its own time.
    const startsAt = allDay ? new Date(instantAt(parseCivilDate(dateStr), 9 * 60, timeZone)) : date;
    const query = new URLSearchParams({ startsAt: startsAt.toISOString() });
    if (memberRef.current) query.set("attendeeIds", memberRef.current);
    router.push(`/${orgSlug}/agenda/new?${query}`);
  }

  return (
    <div className="agenda space-y-3">
      {members.length > 0 && (
        <label className="flex max-w-xs flex-col gap-1 text-sm">
          <span className="font-medium">{t("memberFilter")}</span>
          <select
            className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
            value={member}
            onChange={(e) => {
              setMember(e.target.value);
              memberRef.current = e.target.value;
              calendar.current?.getApi().refetchEvents();
            }}
          >
            <option value="">{t("everyoneOption")}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {tooMany !== null && (
        <p
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {t("tooMany", { limit: tooMany })}
        </p>
      )}
      <FullCalendar
        ref={calendar}
        plugins={[classicTheme, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
        locale={locale in LOCALES ? LOCALES[locale as keyof typeof LOCALES] : "en"}
        timeZone={timeZone}
        initialView={view ? AGENDA_VIEWS[view] : narrow ? "listDay" : "timeGridWeek"}
        headerToolbar={
          narrow
            ? { start: "prev,next today", center: "", end: "title" }
            : { start: "prev,next today", center: "title", end: "dayGridMonth,timeGridWeek,timeGridDay,listWeek" }
        }
        footerToolbar={narrow ? { start: "", center: "listDay,timeGridDay,dayGridMonth", end: "" } : undefined}
        height="auto"
        nowIndicator
        businessHours={businessHours ?? false}
        // Each event says whether the actor may drag it (creator or Manage); this only allows it.
        editable
        dayMaxEvents
        events={loadEvents}
        eventContent={(arg: EventDisplayInfo) => <EventBody arg={arg} />}
        eventClick={(info) => {
          info.jsEvent.preventDefault();
          router.push(`/${orgSlug}/agenda/${info.event.id}`);
        }}
        eventDidMount={(info) => {
          // Keyboard: every event is a link-like stop that Enter opens, like a click.
          info.el.setAttribute("data-appointment-id", info.event.id);
          if (!info.el.hasAttribute("tabindex")) info.el.setAttribute("tabindex", "0");
          info.el.setAttribute("role", "link");
          info.el.setAttribute("aria-label", info.event.title);
          info.el.addEventListener("keydown", (e) => {
            if (e.key === "Enter") router.push(`/${orgSlug}/agenda/${info.event.id}`);
          });
        }}
        dateClick={(info) => bookAt(info.date, info.dateStr, info.allDay)}
        eventDrop={(info) => void move(info, false)}
        eventResize={(info) => void move(info, false)}
      />
      {pending && (
        <MoveClashDialog
          clashes={pending.clashes}
          timeZone={timeZone}
          onConfirm={async () => {
            const { change } = pending;
            setPending(null);
            await move(change, true);
          }}
          onCancel={() => {
            pending.change.revert();
            setPending(null);
          }}
        />
      )}
    </div>
  );
}
