import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

// A technician's on-site arrival and departure must never read like signing in or out of the app
// (Turkish used "Giriş yap" / "Çıkış yap" for both). Every label of the check-in/out, wherever it
// shows — timer card, toasts, time-entry changes, pending forms, errors — is held against the
// account words of the same language.
describe.each(LOCALES)("check-in wording in %s", (locale) => {
  const m = messagesFor(locale);
  const account = [m.auth.signIn, m.auth.signUp, m.shell.signOut];
  // The leading word carries the meaning ("Giriş", "Sign", "Conectați-vă"); compare words, not whole labels.
  const wordsOf = (label: string) =>
    label
      .toLocaleLowerCase(locale)
      .split(/[\s.,:;()–-]+/)
      .filter(Boolean);
  const accountWords = account.map((label) => wordsOf(label)[0]!);
  const onSite = {
    "timer.card.checkIn": m.timer.card.checkIn,
    "timer.card.checkOut": m.timer.card.checkOut,
    "timer.card.checkedIn": m.timer.card.checkedIn,
    "timer.card.checkedOut": m.timer.card.checkedOut,
    "timer.toasts.checkedIn": m.timer.toasts.checkedIn,
    "timer.toasts.checkedOut": m.timer.toasts.checkedOut,
    "timer.fields.checkInAt": m.timer.fields.checkInAt,
    "timer.fields.checkOutAt": m.timer.fields.checkOutAt,
    "approval.pending.checkIn": m.approval.pending.checkIn,
    "approval.pending.checkOut": m.approval.pending.checkOut,
    "approval.pending.noTimes": m.approval.pending.noTimes,
    "service.record.checkIn": m.service.record.checkIn,
    "errors.notAssignee": m.errors.notAssignee,
    "errors.alreadyCheckedIn": m.errors.alreadyCheckedIn,
    "errors.notCheckedIn": m.errors.notCheckedIn,
    "errors.alreadyCheckedOut": m.errors.alreadyCheckedOut,
  };

  it.each(Object.entries(onSite))("%s shares no word with signing in, up or out", (_key, label) => {
    const words = wordsOf(label);
    for (const word of accountWords) expect(words).not.toContain(word);
    expect(account).not.toContain(label);
  });

  it("names arrival and departure differently", () => {
    expect(m.timer.card.checkIn).not.toBe(m.timer.card.checkOut);
    expect(m.timer.card.checkedIn).not.toBe(m.timer.card.checkedOut);
  });
});
