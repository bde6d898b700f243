import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import { getCustomer } from "@/lib/customers/get-customer";
import { listCustomerChoices } from "@/lib/customers/list-customer-choices";
import { NotFoundError } from "@/lib/errors";
import { getOrgContext } from "@/lib/orgs/get-org-context";

/**
 * What the customer page and its edit page show: the record, its parent's name, and the reps,
 * regions and tags to name ids with. Unknown ids, malformed ids and other orgs' customers all end in the
 * route's not-found page; a member without customers.view gets ForbiddenError (→ AccessDenied).
 * Cached per request so generateMetadata and the page load it once.
 */
export const loadCustomerRecord = cache(async (orgSlug: string, id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  const ctx = await getOrgContext(orgSlug);
  const locale = await getLocale();
  try {
    const customer = await getCustomer(ctx, { id });
    // After the record: its reps who have left are added to the choices, so they keep their names.
    const choices = await listCustomerChoices(ctx, locale, customer);
    const parent = customer.parentId
      ? await getCustomer(ctx, { id: customer.parentId }).then(
          (p) => ({ id: p.id, name: p.name }),
          // A parent that vanished meanwhile is shown as no parent rather than failing the page.
          () => null,
        )
      : null;
    return { ctx, customer, parent, choices };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
