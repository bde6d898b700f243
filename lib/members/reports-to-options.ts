import type { MemberPosition } from "@/db/schema/people";
import { MANAGER_POSITIONS } from "./structure-schemas";

// Client-safe: the member structure form orders its reports-to choices with this.

type Person = { userId: string; name: string };
type Place = { position: MemberPosition | null; departmentId: string | null };

/**
 * Seed 004: choosing a department offers that department's managers (and manager-directors) as the
 * manager, listed first; everyone else follows, so a manager elsewhere can still be chosen. The
 * member is never offered as their own manager (the verb refuses it, and any longer loop).
 */
export function reportsToOptions(people: readonly Person[], places: Readonly<Record<string, Place>>, departmentId: string | null, selfId: string) {
  const candidates = people.filter((p) => p.userId !== selfId);
  const isDepartmentManager = (p: Person) => {
    const place = places[p.userId];
    return !!departmentId && place?.departmentId === departmentId && !!place.position && MANAGER_POSITIONS.includes(place.position);
  };
  return { departmentManagers: candidates.filter(isDepartmentManager), others: candidates.filter((p) => !isDepartmentManager(p)) };
}
