import "server-only";
import type { OrgContext } from "@/lib/context";
import type { SystemActor } from "@/lib/permissions/actor";

/** What a job handler receives: the org's context with the job as its actor (system-context.ts). */
export type SystemContext = OrgContext<SystemActor>;

/** The payload of every org job: pg-boss carries the org id beside the handler's own data. */
export type OrgJobData<D extends object = object> = D & { orgId: string };

/**
 * A queue of jobs that act for one org each. `run` is called with the org's system context; its
 * business effect goes through `onceInTransaction` (once.ts), so running it twice is harmless.
 * After `retryLimit` failed retries the job is a dead letter (job_failures, Settings → Background
 * jobs). `retryDelay` in seconds; `retryBackoff` doubles it per attempt.
 */
export type OrgJob<D extends object = object> = {
  kind: "org";
  name: string;
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  /** A run that takes longer counts as hung and is retried (pg-boss's default is 15 minutes). */
  expireInSeconds?: number;
  run: (ctx: SystemContext, data: D) => Promise<void>;
};

/** Enqueues one org job per due item, for a sweep (start-queues.ts passes it). */
export type SweepEnqueue = <D extends object>(job: OrgJob<D>, orgId: string, data: D, key: string) => Promise<void>;

/**
 * Time-based work: a cron job (every minute by default) that finds what is due by `now()` of
 * lib/clock.ts, across orgs, and enqueues one org job per item with the item's effect key as
 * singleton key. It must not act itself — the org job does, once, under its system context.
 */
export type Sweep = {
  kind: "sweep";
  name: string;
  /** Cron in UTC; pg-boss runs a schedule on one instance only. */
  cron: string;
  run: (enqueue: SweepEnqueue) => Promise<void>;
};

export type JobDefinition = OrgJob<never> | Sweep;

/** Type-checks an org job's definition; the defaults suit work that can wait (about an hour of retries). */
export function defineOrgJob<D extends object>(
  job: Omit<OrgJob<D>, "kind" | "retryLimit" | "retryDelay" | "retryBackoff"> & Partial<OrgJob<D>>,
): OrgJob<D> {
  return { retryLimit: 5, retryDelay: 30, retryBackoff: true, ...job, kind: "org" };
}

export function defineSweep(sweep: Omit<Sweep, "kind" | "cron"> & { cron?: string }): Sweep {
  return { cron: "* * * * *", ...sweep, kind: "sweep" };
}
