import "server-only";
import { type RenderedEmail, renderActionLinkEmail } from "./render-email";

/**
 * SPEC S4: tells whoever assigned a record that its last assignee rejected it and it is back to
 * New, in the recipient's language, with a link to the record.
 */
export async function renderRejectedAssignmentEmail(email: {
  locale: string | null | undefined;
  org: string;
  name: string;
  number: number;
  subject: string;
  url: string;
}): Promise<RenderedEmail> {
  return renderActionLinkEmail({
    kind: "serviceAssignmentRejected",
    namespace: "dispatch.email.rejected",
    locale: email.locale,
    values: { org: email.org, name: email.name, number: email.number, subject: email.subject },
    url: email.url,
  });
}
