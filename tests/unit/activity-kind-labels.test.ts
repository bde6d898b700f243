import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS } from "@/lib/activity/kinds";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

/** A catalogue entry addressed by "entity.verb", the nesting of both kind namespaces. */
function lookup(tree: Record<string, Record<string, string>>, kind: string) {
  const [entity, verb] = kind.split(".") as [string, string];
  return tree[entity]?.[verb];
}

// The Activities filter lists every kind on its own, so each needs a label that reads as one
// ("Note added"), not the feed's fragment that only works after a name ("added a note").
describe.each(LOCALES)("activity kind labels in %s", (locale) => {
  const m = messagesFor(locale);

  it.each(ACTIVITY_KINDS)("%s has a capitalised label of its own", (kind) => {
    const label = lookup(m.activityKindLabels, kind);
    const fragment = lookup(m.activityKinds, kind);
    expect(label, `activityKindLabels.${kind}`).toBeTruthy();
    expect(fragment, `activityKinds.${kind}`).toBeTruthy();
    expect(label!.charAt(0)).toBe(label!.charAt(0).toLocaleUpperCase(locale));
    expect(label!.charAt(0)).not.toBe(label!.charAt(0).toLocaleLowerCase(locale));
    expect(label!.toLocaleLowerCase(locale)).not.toBe(fragment!.toLocaleLowerCase(locale));
  });

  it("gives different kinds different labels", () => {
    const labels = ACTIVITY_KINDS.map((kind) => lookup(m.activityKindLabels, kind));
    expect(new Set(labels).size).toBe(ACTIVITY_KINDS.length);
  });
});
