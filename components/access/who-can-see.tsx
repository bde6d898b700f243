"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { AccessResult } from "./access-result";
import { useExplainAccess } from "./use-explain-access";

/** SPEC T9 on the customer page, for Manage: pick a member, read whether they can see and change it, and why. */
export function WhoCanSee({ orgSlug, customerId, members }: { orgSlug: string; customerId: string; members: { id: string; name: string }[] }) {
  const t = useTranslations("access.whoCanSee");
  const selectId = useId();
  const [userId, setUserId] = useState("");
  const { answer, error, pending, ask, reset } = useExplainAccess(orgSlug);
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <form
        className="space-y-3 px-4 py-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (userId) ask({ userId, customerId });
        }}
      >
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1">
            <label htmlFor={selectId} className="mb-1 block text-sm font-medium">
              {t("member")}
            </label>
            <Select
              id={selectId}
              value={userId}
              onChange={(e) => {
                setUserId(e.target.value);
                // An answer about someone else must not stay beside the new name.
                reset();
              }}
            >
              <option value="">{t("choose")}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary" disabled={!userId} pending={pending}>
            {t("check")}
          </Button>
        </div>
        <AccessResult answer={answer} error={error} pending={pending} />
      </form>
    </Card>
  );
}
