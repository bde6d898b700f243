import * as rruleModule from "rrule";

// Client-safe. rrule ships ES modules for bundlers ("module") and a UMD build as "main": Next and
// vitest read the first, Node's own ESM loader (tsx scripts: the bench, seeds) the second, whose
// exports it sees only as `default`. One import here serves both.

type RRuleModule = typeof rruleModule;
const loaded: RRuleModule = "RRule" in rruleModule && rruleModule.RRule ? rruleModule : (rruleModule as unknown as { default: RRuleModule }).default;

export const { RRule, Weekday, Frequency } = loaded;
export type { Options } from "rrule";
