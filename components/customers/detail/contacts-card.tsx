"use client";

import { Mail, Phone, Plus, Star, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { useRowAction } from "@/components/members/use-row-action";
import { Button } from "@/components/ui/button";
import { Badge, Card, CardHeader, EmptyState } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { removeContactAction } from "@/lib/contacts/actions";
import { updateContactAction } from "@/lib/customers/actions";
import { type ContactRow, ContactDialog } from "./contact-dialog";
import type { PhoneCountry } from "@/lib/orgs/phone-country";
import { formatPhone } from "@/lib/fields/format-phone";

/** SPEC C6: the customer's people, primary first; add and edit in a dialog, remove after a confirmation. */
export function ContactsCard({
  orgSlug,
  customerId,
  contacts,
  canCreate,
  canUpdate,
  canDelete,
  phoneCountry,
}: {
  orgSlug: string;
  customerId: string;
  contacts: ContactRow[];
  canCreate: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  /** The org's: phones typed without a +country code belong to it. */
  phoneCountry: PhoneCountry | null;
}) {
  const t = useTranslations("customer");
  const methods = useTranslations("contactMethods");
  const { pending, run } = useRowAction();
  // undefined: closed; null: adding; a row: editing it.
  const [editing, setEditing] = useState<ContactRow | null | undefined>(undefined);

  const makePrimary = (c: ContactRow) => run(() => updateContactAction(orgSlug, { ...c, isPrimary: true }), t("contact.saved"));

  return (
    <Card>
      <CardHeader
        title={t("sections.contacts")}
        actions={
          canCreate && (
            <Button variant="secondary" size="sm" onClick={() => setEditing(null)}>
              <Plus className="size-4" aria-hidden />
              {t("contact.add")}
            </Button>
          )
        }
      />
      {contacts.length === 0 ? (
        <EmptyState title={t("contact.none")} />
      ) : (
        <ul aria-label={t("sections.contacts")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {contacts.map((c) => (
            <li key={c.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 px-4 py-3 text-sm">
              <div className="min-w-0 space-y-1">
                <div className="flex flex-wrap items-center gap-1.5">
                  <span className={c.active ? "font-medium" : "font-medium text-zinc-500"}>{c.name}</span>
                  {c.isPrimary && <Badge tone="accent">{t("contact.primaryBadge")}</Badge>}
                  <Badge tone={c.active ? "neutral" : "warning"}>{c.active ? t("contact.activeBadge") : t("contact.passiveBadge")}</Badge>
                </div>
                {(c.title || c.role) && <p className="text-zinc-500">{[c.title, c.role].filter(Boolean).join(" · ")}</p>}
                <div className="flex flex-wrap gap-x-4 gap-y-1">
                  {c.email && (
                    <a
                      href={`mailto:${c.email}`}
                      className="inline-flex items-center gap-1 break-all text-accent-700 hover:underline dark:text-accent-500"
                    >
                      <Mail className="size-3.5 shrink-0" aria-hidden />
                      {c.email}
                    </a>
                  )}
                  {c.phone && (
                    <a href={`tel:${c.phone}`} className="inline-flex items-center gap-1 text-accent-700 hover:underline dark:text-accent-500">
                      <Phone className="size-3.5 shrink-0" aria-hidden />
                      {formatPhone(c.phone)}
                    </a>
                  )}
                  {c.preferredMethod && <span className="text-zinc-500">{t("contact.prefers", { method: methods(c.preferredMethod) })}</span>}
                </div>
              </div>
              {(canUpdate || canDelete) && (
                <div className="flex gap-1">
                  {canUpdate && !c.isPrimary && (
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={pending}
                      aria-label={t("contact.makePrimaryLabel", { name: c.name })}
                      onClick={() => makePrimary(c)}
                    >
                      <Star className="size-3.5" aria-hidden />
                      {t("contact.makePrimary")}
                    </Button>
                  )}
                  {canUpdate && (
                    <Button variant="ghost" size="sm" aria-label={t("contact.editLabel", { name: c.name })} onClick={() => setEditing(c)}>
                      {t("edit")}
                    </Button>
                  )}
                  {canDelete && <RemoveContactButton orgSlug={orgSlug} contact={c} />}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing !== undefined && (
        <ContactDialog
          orgSlug={orgSlug}
          customerId={customerId}
          contact={editing}
          phoneCountry={phoneCountry}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Card>
  );
}

/**
 * Offered for the primary contact too: the verb refuses it with a message saying to make another
 * contact primary first (which also covers a page that is out of date).
 */
function RemoveContactButton({ orgSlug, contact }: { orgSlug: string; contact: ContactRow }) {
  const t = useTranslations("customer.contact");
  const showErrors = useActionErrors();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={t("removeLabel", { name: contact.name })}>
          <Trash2 className="size-3.5" aria-hidden />
          {t("remove")}
        </Button>
      }
      title={t("removeTitle", { name: contact.name })}
      description={t("removeBody")}
      confirmLabel={t("removeConfirm")}
      onConfirm={async () => {
        const result = await removeContactAction(orgSlug, { id: contact.id });
        if (!result.ok) {
          showErrors(result);
          // A refusal (primary contact, already gone) will not change on retry: close and let the
          // toast explain. An unexpected failure keeps the dialog open to try again.
          return result.error !== "unexpected";
        }
        toast.success(t("removed", { name: contact.name }));
        return true;
      }}
    />
  );
}
