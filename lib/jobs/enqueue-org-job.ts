import "server-only";
import type { Tx } from "@/db/client";
import type { Tenant } from "@/lib/db/tenant";
import { bindToTransaction } from "./bind-to-transaction";
import { getBoss } from "./boss";
import type { OrgJob } from "./define-job";

/**
 * Enqueues an org job inside the caller's tenant transaction: it exists only if the change that
 * asks for it commits (SPEC G3). `singletonKey` saves a second job for the same item; it is no
 * guarantee — the effect's claim is (once.ts).
 */
export async function enqueueOrgJob<D extends object>(
  t: Tenant<Tx>,
  job: OrgJob<D>,
  data: D,
  options: { singletonKey?: string; startAfter?: Date } = {},
): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(job.name, { ...data, orgId: t.orgId }, { ...options, db: bindToTransaction(t.db) });
}
