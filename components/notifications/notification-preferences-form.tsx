"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { NOTIFICATION_CHANNELS, type NotificationChannel, type NotificationKind } from "@/db/schema/enum-values";
import { setNotificationPreferencesAction } from "@/lib/notifications/actions";

/** Account page: where each kind of notification reaches the member (in the app, by e-mail, both). */
export function NotificationPreferencesForm({
  orgSlug,
  initial,
}: {
  orgSlug: string;
  initial: { kind: NotificationKind; channel: NotificationChannel }[];
}) {
  const t = useTranslations("notifications.preferences");
  const kinds = useTranslations("notifications.kinds");
  const showErrors = useActionErrors();
  const [preferences, setPreferences] = useState(initial);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        const result = await setNotificationPreferencesAction(orgSlug, { preferences });
        setPending(false);
        if (!result.ok) return showErrors(result);
        toast.success(t("saved"));
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {preferences.map((preference) => (
          <Field key={preference.kind} label={kinds(`${preference.kind}.label`)}>
            <Select
              value={preference.channel}
              onChange={(event) => {
                const channel = event.target.value as NotificationChannel;
                setPreferences((current) => current.map((p) => (p.kind === preference.kind ? { ...p, channel } : p)));
              }}
            >
              {NOTIFICATION_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {t(`channels.${channel}`)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <Button type="submit" pending={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
