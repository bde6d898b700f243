import "server-only";
import { and, gt, inArray, isNotNull, isNull, lte, not, or, sql, type SQL } from "drizzle-orm";
import { contracts } from "@/db/schema";
import type { ContractState } from "@/db/schema/enum-values";
import { todayIn } from "./today";
import type { Tenant } from "@/lib/db/tenant";

// lib/contracts/state.ts's rule in SQL, so the list filters by state in the database. Every
// boundary there is 00:00 of a day in the org's zone, so "now" reduces to one civil date, today in
// that zone, and each rule to a comparison of dates (tests/integration/contracts.test.ts checks
// that both agree on the boundary days):
//   terminated     terminated_on <= today
//   renewed        a successor names this contract as its previous one
//   draft          no start, or today < starts_on
//   expired        today > ends_on                       (expires at 00:00 the day after the end)
//   expiring soon  today >= ends_on - notify_before_days
//   active         otherwise

export { todayIn };

type Rules = Record<ContractState, SQL>;

function rules(t: Tenant, today: string): Rules {
  const day = sql`${today}::date`;
  // Successors have the customer of the contract they renew, so the scope sees both or neither.
  const successorOf = inArray(
    contracts.id,
    t.db
      .select({ id: sql`${contracts.previousId}` })
      .from(contracts)
      .where(t.where(contracts, isNotNull(contracts.previousId))),
  );
  const terminated = and(isNotNull(contracts.terminatedOn), lte(contracts.terminatedOn, day))!;
  const draft = or(isNull(contracts.startsOn), gt(contracts.startsOn, day))!;
  const expired = and(isNotNull(contracts.endsOn), sql`${day} > ${contracts.endsOn}`)!;
  const expiring = and(isNotNull(contracts.endsOn), sql`${day} >= ${contracts.endsOn} - ${contracts.notifyBeforeDays}`)!;
  // Each state is its rule and none of the earlier ones, in the order state.ts applies them.
  const ordered: [ContractState, SQL][] = [
    ["terminated", terminated],
    ["renewed", successorOf],
    ["draft", draft],
    ["expired", expired],
    ["expiring_soon", expiring],
  ];
  const result = {} as Rules;
  const earlier: SQL[] = [];
  for (const [state, rule] of ordered) {
    result[state] = and(rule, ...earlier.map((e) => not(e)))!;
    earlier.push(rule);
  }
  result.active = and(...earlier.map((e) => not(e)))!;
  return result;
}

/** Contracts in any of `states` on `today` (the org's civil date). */
export function contractStateIn(t: Tenant, states: readonly ContractState[], today: string): SQL | undefined {
  if (!states.length) return undefined;
  const all = rules(t, today);
  return or(...states.map((s) => all[s]));
}

/** The state of each row as a column (CASE over the same rules), for lists that show it. */
export function stateOfRow(t: Tenant, today: string): SQL<ContractState> {
  const all = rules(t, today);
  const order: ContractState[] = ["terminated", "renewed", "draft", "expired", "expiring_soon"];
  const cases = sql.join(
    order.map((state) => sql`when ${all[state]} then ${state}`),
    sql` `,
  );
  return sql<ContractState>`(case ${cases} else 'active' end)`;
}
