"use client";

import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import { setLevelAction } from "@/lib/members/actions";
import type { MemberRow } from "@/lib/members/list-members";
import { LEVELS } from "@/lib/permissions/levels";
import { useRowAction } from "@/components/members/use-row-action";

export function PermissionsTable({ orgSlug, members }: { orgSlug: string; members: MemberRow[] }) {
  const t = useTranslations("permissions");
  const levels = useTranslations("levels");
  const roles = useTranslations("roles");
  const { pending, run } = useRowAction();
  return (
    <Table label={t("title")}>
      <thead>
        <tr>
          <Th>{t("member")}</Th>
          <Th className="hidden sm:table-cell">{t("role")}</Th>
          <Th>{t("level")}</Th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.userId}>
            <Td>
              <div className="font-medium">{m.name}</div>
              <div className="text-xs text-zinc-500">{m.email}</div>
            </Td>
            <Td className="hidden sm:table-cell">{roles(m.role)}</Td>
            <Td>
              <Select
                aria-label={t("levelOf", { name: m.name })}
                className="h-8 w-40"
                value={m.level}
                disabled={pending || m.role === "admin"}
                title={m.role === "admin" ? t("adminAlwaysManage") : undefined}
                onChange={(e) => run(() => setLevelAction(orgSlug, { userId: m.userId, level: e.target.value }))}
              >
                {LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {levels(level)}
                  </option>
                ))}
              </Select>
              {m.role === "admin" && <p className="mt-1 text-xs text-zinc-500">{t("adminAlwaysManage")}</p>}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
