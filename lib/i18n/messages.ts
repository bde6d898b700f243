import en from "@/messages/en.json";
import accessEn from "@/messages/access/en.json";
import accessRo from "@/messages/access/ro.json";
import accessTr from "@/messages/access/tr.json";
import approvalEn from "@/messages/approval/en.json";
import approvalRo from "@/messages/approval/ro.json";
import approvalTr from "@/messages/approval/tr.json";
import contactListEn from "@/messages/contact-list/en.json";
import contactListRo from "@/messages/contact-list/ro.json";
import calendarsEn from "@/messages/calendars/en.json";
import calendarsRo from "@/messages/calendars/ro.json";
import calendarsTr from "@/messages/calendars/tr.json";
import contactListTr from "@/messages/contact-list/tr.json";
import contractsEn from "@/messages/contracts/en.json";
import contractsRo from "@/messages/contracts/ro.json";
import contractsTr from "@/messages/contracts/tr.json";
import customerListEn from "@/messages/customer-list/en.json";
import customerListRo from "@/messages/customer-list/ro.json";
import customerListTr from "@/messages/customer-list/tr.json";
import customerEn from "@/messages/customer/en.json";
import customerRo from "@/messages/customer/ro.json";
import customerTr from "@/messages/customer/tr.json";
import dispatchEn from "@/messages/dispatch/en.json";
import dispatchRo from "@/messages/dispatch/ro.json";
import dispatchTr from "@/messages/dispatch/tr.json";
import memberProfileEn from "@/messages/member-profile/en.json";
import memberProfileRo from "@/messages/member-profile/ro.json";
import memberProfileTr from "@/messages/member-profile/tr.json";
import notificationsEn from "@/messages/notifications/en.json";
import notificationsRo from "@/messages/notifications/ro.json";
import notificationsTr from "@/messages/notifications/tr.json";
import jobsEn from "@/messages/jobs/en.json";
import jobsRo from "@/messages/jobs/ro.json";
import jobsTr from "@/messages/jobs/tr.json";
import reportsEn from "@/messages/reports/en.json";
import reportsRo from "@/messages/reports/ro.json";
import reportsTr from "@/messages/reports/tr.json";
import serviceEn from "@/messages/service/en.json";
import serviceRo from "@/messages/service/ro.json";
import serviceTr from "@/messages/service/tr.json";
import structureEn from "@/messages/structure/en.json";
import structureRo from "@/messages/structure/ro.json";
import structureTr from "@/messages/structure/tr.json";
import timerEn from "@/messages/timer/en.json";
import timerRo from "@/messages/timer/ro.json";
import timerTr from "@/messages/timer/tr.json";
import schedulesEn from "@/messages/schedules/en.json";
import schedulesRo from "@/messages/schedules/ro.json";
import schedulesTr from "@/messages/schedules/tr.json";
import plansEn from "@/messages/plans/en.json";
import plansRo from "@/messages/plans/ro.json";
import plansTr from "@/messages/plans/tr.json";
import appointmentsEn from "@/messages/appointments/en.json";
import appointmentsRo from "@/messages/appointments/ro.json";
import appointmentsTr from "@/messages/appointments/tr.json";
import agendaEn from "@/messages/agenda/en.json";
import agendaRo from "@/messages/agenda/ro.json";
import agendaTr from "@/messages/agenda/tr.json";
import tasksEn from "@/messages/tasks/en.json";
import tasksRo from "@/messages/tasks/ro.json";
import tasksTr from "@/messages/tasks/tr.json";
import remindersEn from "@/messages/reminders/en.json";
import remindersRo from "@/messages/reminders/ro.json";
import remindersTr from "@/messages/reminders/tr.json";
import meetingsEn from "@/messages/meetings/en.json";
import meetingsRo from "@/messages/meetings/ro.json";
import meetingsTr from "@/messages/meetings/tr.json";
import myDayEn from "@/messages/my-day/en.json";
import myDayRo from "@/messages/my-day/ro.json";
import myDayTr from "@/messages/my-day/tr.json";
import ro from "@/messages/ro.json";
import tr from "@/messages/tr.json";
import type { Locale } from "./locales";

// Each module's namespace lives in its own folder (messages/<namespace>/<locale>.json) so modules
// can be written side by side; here they join the main catalogue. English defines the shape.
const en_ = {
  ...en,
  customer: customerEn,
  customerList: customerListEn,
  contactList: contactListEn,
  contracts: contractsEn,
  calendars: calendarsEn,
  service: serviceEn,
  timer: timerEn,
  plans: plansEn,
  dispatch: dispatchEn,
  approval: approvalEn,
  reports: reportsEn,
  structure: structureEn,
  access: accessEn,
  memberProfile: memberProfileEn,
  notifications: notificationsEn,
  jobs: jobsEn,
  schedules: schedulesEn,
  tasks: tasksEn,
  reminders: remindersEn,
  appointments: appointmentsEn,
  agenda: agendaEn,
  meetings: meetingsEn,
  myDay: myDayEn,
};

export type Messages = typeof en_;

const CATALOGUES: Record<Locale, Messages> = {
  en: en_,
  tr: {
    ...tr,
    customer: customerTr,
    customerList: customerListTr,
    contactList: contactListTr,
    contracts: contractsTr,
    calendars: calendarsTr,
    service: serviceTr,
    timer: timerTr,
    plans: plansTr,
    dispatch: dispatchTr,
    approval: approvalTr,
    reports: reportsTr,
    structure: structureTr,
    access: accessTr,
    memberProfile: memberProfileTr,
    notifications: notificationsTr,
    jobs: jobsTr,
    schedules: schedulesTr,
    tasks: tasksTr,
    reminders: remindersTr,
    appointments: appointmentsTr,
    agenda: agendaTr,
    meetings: meetingsTr,
    myDay: myDayTr,
  },
  ro: {
    ...ro,
    customer: customerRo,
    customerList: customerListRo,
    contactList: contactListRo,
    contracts: contractsRo,
    calendars: calendarsRo,
    service: serviceRo,
    timer: timerRo,
    plans: plansRo,
    dispatch: dispatchRo,
    approval: approvalRo,
    reports: reportsRo,
    structure: structureRo,
    access: accessRo,
    memberProfile: memberProfileRo,
    notifications: notificationsRo,
    jobs: jobsRo,
    schedules: schedulesRo,
    tasks: tasksRo,
    reminders: remindersRo,
    appointments: appointmentsRo,
    agenda: agendaRo,
    meetings: meetingsRo,
    myDay: myDayRo,
  },
};

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}
