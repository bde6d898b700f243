"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { MemberStructure } from "@/lib/members/list-member-structure";
import { MemberStructureDialog } from "./member-structure-dialog";

type Person = { userId: string; name: string; working: boolean };

/** Where each member sits (SPEC T6); Manage users change it from here. */
export function StructureTable({
  orgSlug,
  people,
  profiles,
  departments,
  partners,
  canEdit,
}: {
  orgSlug: string;
  people: Person[];
  profiles: Record<string, MemberStructure>;
  departments: { id: string; label: string }[];
  /** Distributors, main dealers and dealers a member can work for (SPEC T7). */
  partners: { id: string; name: string }[];
  canEdit: boolean;
}) {
  const t = useTranslations("structure.members");
  const positions = useTranslations("structure.positions");
  // Someone who left (T8) is nobody's manager any more (the verb refuses them too).
  const managers = people.filter((p) => p.working);
  const nameOf = (userId: string | null) => (userId ? people.find((p) => p.userId === userId)?.name : undefined);
  return (
    <Table label={t("tableLabel")}>
      <thead>
        <tr>
          <Th>{t("name")}</Th>
          <Th>{t("position")}</Th>
          <Th className="hidden sm:table-cell">{t("department")}</Th>
          <Th className="hidden md:table-cell">{t("reportsTo")}</Th>
          {canEdit && (
            <Th className="w-0">
              <span className="sr-only">{t("edit")}</span>
            </Th>
          )}
        </tr>
      </thead>
      <tbody>
        {people.map((person) => {
          const place = profiles[person.userId];
          return (
            <tr key={person.userId}>
              <Td>
                <span className="font-medium">{person.name}</span> {place?.technician && <Badge tone="accent">{t("technicianBadge")}</Badge>}
              </Td>
              <Td>{positions(place?.position ?? "none")}</Td>
              <Td className="hidden sm:table-cell">{departments.find((d) => d.id === place?.departmentId)?.label ?? "—"}</Td>
              <Td className="hidden md:table-cell">{nameOf(place?.reportsTo ?? null) ?? "—"}</Td>
              {canEdit && (
                <Td>
                  <MemberStructureDialog
                    orgSlug={orgSlug}
                    member={person}
                    people={managers}
                    profiles={profiles}
                    departments={departments}
                    partners={partners}
                  />
                </Td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
