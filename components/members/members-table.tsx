"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import { changeRoleAction, removeMemberAction } from "@/lib/members/actions";
import type { MemberRow } from "@/lib/members/list-members";
import { useRowAction } from "./use-row-action";

export function MembersTable({ orgSlug, members, canManageRoles }: { orgSlug: string; members: MemberRow[]; canManageRoles: boolean }) {
  const t = useTranslations("members");
  const roles = useTranslations("roles");
  const levels = useTranslations("levels");
  const format = useFormatter();
  const { pending, run } = useRowAction();
  return (
    <Table label={t("title")}>
      <thead>
        <tr>
          <Th>{t("name")}</Th>
          <Th className="hidden sm:table-cell">{t("email")}</Th>
          <Th>{t("role")}</Th>
          <Th className="hidden md:table-cell">{t("level")}</Th>
          <Th className="hidden md:table-cell">{t("joined")}</Th>
          {canManageRoles && <Th className="w-0"><span className="sr-only">{t("actions")}</span></Th>}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.userId}>
            <Td>
              <div className="font-medium">
                {m.name} {m.isSelf && <span className="text-xs font-normal text-zinc-500">({t("you")})</span>}
              </div>
              <div className="text-xs text-zinc-500 sm:hidden">{m.email}</div>
            </Td>
            <Td className="hidden text-zinc-600 sm:table-cell dark:text-zinc-400">{m.email}</Td>
            <Td>
              {canManageRoles ? (
                <Select
                  aria-label={t("roleOf", { name: m.name })}
                  className="h-8 w-28"
                  value={m.role}
                  disabled={pending}
                  onChange={(e) => run(() => changeRoleAction(orgSlug, { userId: m.userId, role: e.target.value }))}
                >
                  <option value="admin">{roles("admin")}</option>
                  <option value="member">{roles("member")}</option>
                </Select>
              ) : (
                <Badge tone={m.role === "admin" ? "accent" : "neutral"}>{roles(m.role)}</Badge>
              )}
            </Td>
            <Td className="hidden md:table-cell">{levels(m.level)}</Td>
            <Td className="hidden text-zinc-500 md:table-cell">{format.dateTime(new Date(m.joinedAt), { dateStyle: "medium" })}</Td>
            {canManageRoles && (
              <Td>
                <ConfirmDialog
                  trigger={
                    <Button variant="ghost" size="sm" aria-label={t("removeMember", { name: m.name })}>
                      {t("remove")}
                    </Button>
                  }
                  title={t("removeTitle", { name: m.name })}
                  description={t("removeBody", { name: m.name })}
                  confirmLabel={t("remove")}
                  onConfirm={() => run(() => removeMemberAction(orgSlug, { userId: m.userId }), t("removed"))}
                />
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
