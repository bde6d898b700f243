"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Fragment, useState } from "react";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import { CheckCustomerAccess } from "@/components/access/check-customer-access";
import { rowLink } from "@/components/lists/row-link-props";
import { changeRoleAction, removeMemberAction } from "@/lib/members/actions";
import type { HandOver } from "@/lib/members/list-hand-over";
import type { MemberRow } from "@/lib/members/list-members";
import { EmploymentBadge } from "./employment-badge";
import { EmploymentForm } from "./employment-form";
import { HandOverList } from "./hand-over-list";
import { useRowAction } from "./use-row-action";

export function MembersTable({
  orgSlug,
  members,
  canManageRoles,
  canManageEmployment = false,
  handOvers = {},
  canExplainAccess = false,
  canOpenProfiles = false,
}: {
  orgSlug: string;
  members: MemberRow[];
  canManageRoles: boolean;
  /** SPEC T8: Manage users record who left; `handOvers` lists what each of them still held. */
  canManageEmployment?: boolean;
  handOvers?: Record<string, HandOver>;
  /** SPEC T9: Manage users may ask which customers a member can see and change, and why. */
  canExplainAccess?: boolean;
  /** SPEC T6: Manage users open every member's profile page; everyone else only their own. */
  canOpenProfiles?: boolean;
}) {
  const t = useTranslations("members");
  const roles = useTranslations("roles");
  const levels = useTranslations("levels");
  const format = useFormatter();
  const { pending, run } = useRowAction();
  const employment = useTranslations("members.employment");
  const [open, setOpen] = useState<string | null>(null);
  const access = useTranslations("access.checkCustomer");
  const [checking, setChecking] = useState<string | null>(null);
  const columns = 6 + (canManageRoles ? 1 : 0);
  return (
    <Table label={t("title")}>
      <thead>
        <tr>
          <Th>{t("name")}</Th>
          <Th className="hidden sm:table-cell">{t("email")}</Th>
          <Th>{t("role")}</Th>
          <Th className="hidden md:table-cell">{t("level")}</Th>
          <Th className="hidden md:table-cell">{t("joined")}</Th>
          <Th>{employment("column")}</Th>
          {canManageRoles && (
            <Th className="w-0">
              <span className="sr-only">{t("actions")}</span>
            </Th>
          )}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <Fragment key={m.userId}>
            <tr>
              <Td>
                <div className="font-medium">
                  {canOpenProfiles || m.isSelf ? (
                    <a
                      {...rowLink(`/${encodeURIComponent(orgSlug)}/members/${m.userId}`)}
                      className="text-accent-700 hover:underline dark:text-accent-500"
                    >
                      {m.name}
                    </a>
                  ) : (
                    m.name
                  )}{" "}
                  {m.isSelf && <span className="text-xs font-normal text-zinc-500">({t("you")})</span>}
                </div>
                <div className="text-xs text-zinc-500 sm:hidden">{m.email}</div>
                {canExplainAccess && (
                  <Button
                    variant="ghost"
                    size="sm"
                    className="-ml-2 mt-0.5"
                    aria-expanded={checking === m.userId}
                    aria-label={access("openOf", { name: m.name })}
                    onClick={() => setChecking(checking === m.userId ? null : m.userId)}
                  >
                    {access("open")}
                  </Button>
                )}
              </Td>
              <Td className="hidden text-zinc-600 sm:table-cell dark:text-zinc-400">{m.email}</Td>
              <Td>
                {canManageRoles ? (
                  <Select
                    aria-label={t("roleOf", { name: m.name })}
                    // cn() does not merge classes: the primitive's w-full would let the cell squeeze it to nothing.
                    className="h-8 w-28 min-w-28"
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
              <Td>
                <EmploymentBadge status={m.employmentStatus} />
                {m.exitDate && (
                  <div className="mt-0.5 text-xs text-zinc-500">
                    {employment("left", { date: format.dateTime(new Date(`${m.exitDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) })}
                  </div>
                )}
                {canManageEmployment && (
                  <Button
                    variant="ghost"
                    size="sm"
                    className="-ml-2 mt-0.5 block"
                    aria-expanded={open === m.userId}
                    aria-label={employment("editOf", { name: m.name })}
                    onClick={() => setOpen(open === m.userId ? null : m.userId)}
                  >
                    {employment("edit")}
                  </Button>
                )}
              </Td>
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
            {canManageEmployment && open === m.userId && (
              <tr>
                <Td colSpan={columns} className="bg-zinc-50 dark:bg-zinc-900/50">
                  <div role="group" aria-label={employment("title", { name: m.name })} className="space-y-4 py-2">
                    <EmploymentForm orgSlug={orgSlug} member={m} onSaved={() => setOpen(null)} />
                  </div>
                </Td>
              </tr>
            )}
            {canExplainAccess && checking === m.userId && (
              <tr>
                <Td colSpan={columns} className="bg-zinc-50 dark:bg-zinc-900/50">
                  <CheckCustomerAccess orgSlug={orgSlug} member={m} />
                </Td>
              </tr>
            )}
            {canManageEmployment && m.employmentStatus !== "working" && handOvers[m.userId] && (
              <tr>
                <Td colSpan={columns} className="pt-0">
                  <HandOverList orgSlug={orgSlug} handOver={handOvers[m.userId]!} />
                </Td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </Table>
  );
}
