import "server-only";

/**
 * Per-instance cache of per-org reference data (picklists, label overrides, member lists) and of
 * each user's org list, so list pages stop reloading them on every request and prefetch.
 *
 * Freshness across instances comes from the database: every write to that data bumps a version in
 * its own transaction (triggers, migration reference_version_triggers) — `orgs.ref_version` for an
 * org's data, `users.orgs_version` for a user's org list — and every request already reads that
 * version with its org context or session lookup. An entry holds the version it was loaded under;
 * a read that asks for a newer one reloads.
 *
 * Invariant: the loader runs only after the version it is stored under was read from the
 * database, and a write changes data and version in one transaction, so a value stored under
 * version v is never older than v. A value stored under a higher version than asked for is
 * therefore fresh enough and is served as is.
 *
 * A write on this instance also drops the scope's entries at once (`dropReferenceScope`): the
 * request that wrote may still hold the version it read before the write.
 *
 * Module state, not globalThis: one copy per server process is what Next gives the server layer,
 * and the integration test loads a second copy to play a second instance.
 */

/** Whose data: an org's reference data, or one user's org list. */
export type ReferenceScope = { kind: "org" | "user"; id: string };

type Entry = { version: number; value: Promise<unknown> };
type Scope = { seen: number; entries: Map<string, Entry> };

/** Scopes kept at most (orgs and users together); the least recently used go first. */
export const MAX_SCOPES = 2000;

const scopes = new Map<string, Scope>();

const scopeKey = (scope: ReferenceScope) => `${scope.kind}:${scope.id}`;

/** The scope, marked most recently used (a Map iterates in insertion order). */
function touch(key: string) {
  let scope = scopes.get(key);
  if (scope) scopes.delete(key);
  else scope = { seen: -1, entries: new Map() };
  scopes.set(key, scope);
  while (scopes.size > MAX_SCOPES) scopes.delete(scopes.keys().next().value!);
  return scope;
}

/**
 * Records a version read from the database (the org context load does this), so a read holding
 * an older version — a context loaded before a write — still reloads.
 */
export function noteReferenceVersion(scope: ReferenceScope, version: number) {
  const existing = scopes.get(scopeKey(scope));
  if (existing) existing.seen = Math.max(existing.seen, version);
}

/**
 * The value of `name` in the scope as of `version` (or newer), loading it when this instance has
 * none that fresh. Concurrent reads share one load; a failed load is not kept.
 */
export function readThrough<T>(scope: ReferenceScope, name: string, version: number, load: () => Promise<T>): Promise<T> {
  const entry = touch(scopeKey(scope));
  entry.seen = Math.max(entry.seen, version);
  const hit = entry.entries.get(name);
  if (hit && hit.version >= entry.seen) return hit.value as Promise<T>;
  const loaded: Entry = { version: entry.seen, value: load() };
  entry.entries.set(name, loaded);
  loaded.value.catch(() => {
    if (entry.entries.get(name) === loaded) entry.entries.delete(name);
  });
  return loaded.value as Promise<T>;
}

/** Forgets everything cached for the scope on this instance; called after a write to its data. */
export function dropReferenceScope(scope: ReferenceScope) {
  scopes.delete(scopeKey(scope));
}

/** Rows handed out from the cache are shared between requests: frozen, so no caller can edit them. */
export function frozenRows<T extends object>(rows: T[]): readonly Readonly<T>[] {
  return Object.freeze(rows.map((row) => Object.freeze(row)));
}
