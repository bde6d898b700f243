import "server-only";
import { Resend } from "resend";
import { htmlToText } from "./reply-text";
import type { ReceivedEmail } from "./resend-payload";

/**
 * The reply's text. Resend's webhook carries metadata only, so the body is fetched from its
 * Received Emails API when the payload has none and an API key is set; the development mailbox
 * puts the text in the payload itself.
 */
export async function receivedBody(email: ReceivedEmail): Promise<string> {
  if (email.text) return email.text;
  if (email.html) return htmlToText(email.html);
  const apiKey = process.env.RESEND_API_KEY;
  if (!apiKey) return "";
  const { data, error } = await new Resend(apiKey).emails.receiving.get(email.email_id);
  // Thrown so the route answers 500 and the provider retries later; nothing was recorded yet.
  if (error) throw new Error(`Resend: ${error.name}: ${error.message}`);
  return data?.text ?? (data?.html ? htmlToText(data.html) : "");
}
