import "server-only";
import type { OrgJob, Sweep } from "./define-job";

/**
 * Every queue of the app but e-mail delivery (boss.ts, start-workers.ts), in one place: an org job
 * per kind of business effect and a sweep per kind of time-based work. Contract milestones and
 * renewals and SLA timers add their lines here (lib/README.md, "Jobs").
 */
export const ORG_JOBS: readonly OrgJob<never>[] = [];

export const SWEEPS: readonly Sweep[] = [];
