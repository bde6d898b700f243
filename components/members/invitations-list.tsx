"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge, EmptyState } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, Td, Th } from "@/components/ui/table";
import { revokeInvitationAction } from "@/lib/invitations/actions";
import type { Level } from "@/lib/permissions/levels";
import type { MemberRole } from "@/db/schema/enum-values";
import { useRowAction } from "./use-row-action";

type Invitation = { id: string; email: string; role: MemberRole; level: Level; expiresAt: string; expired: boolean };

export function InvitationsList({ orgSlug, invitations, canRevoke }: { orgSlug: string; invitations: Invitation[]; canRevoke: boolean }) {
  const t = useTranslations("members");
  const roles = useTranslations("roles");
  const levels = useTranslations("levels");
  const format = useFormatter();
  const { run } = useRowAction();
  if (invitations.length === 0) return <EmptyState title={t("noInvitations")} />;
  return (
    <Table label={t("pendingInvitations")}>
      <thead>
        <tr>
          <Th>{t("email")}</Th>
          <Th>{t("role")}</Th>
          <Th className="hidden sm:table-cell">{t("expires")}</Th>
          {canRevoke && (
            <Th className="w-0">
              <span className="sr-only">{t("actions")}</span>
            </Th>
          )}
        </tr>
      </thead>
      <tbody>
        {invitations.map((inv) => (
          <tr key={inv.id}>
            <Td className="font-medium">{inv.email}</Td>
            <Td>
              {roles(inv.role)} · {levels(inv.level)}
            </Td>
            <Td className="hidden sm:table-cell">
              {inv.expired ? <Badge tone="warning">{t("expired")}</Badge> : format.relativeTime(new Date(inv.expiresAt))}
            </Td>
            {canRevoke && (
              <Td>
                <ConfirmDialog
                  trigger={
                    <Button variant="ghost" size="sm" aria-label={t("revokeInvitation", { email: inv.email })}>
                      {t("revoke")}
                    </Button>
                  }
                  title={t("revokeTitle")}
                  description={t("revokeBody", { email: inv.email })}
                  confirmLabel={t("revoke")}
                  onConfirm={() => run(() => revokeInvitationAction(orgSlug, { invitationId: inv.id }), t("revoked"))}
                />
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
