import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./email-layout";

export type ReminderEmailText = {
  subject: string;
  heading: string;
  when: string;
  customer: string | null;
  from: string | null;
  button: string;
  fallback: string;
  footer: string;
};

/** SPEC W6: the day before a reminder is due — its words as written, when it is due, and a link to it. */
export default function ReminderEmail({ lang, text, body, url }: { lang: string; text: ReminderEmailText; body: string; url: string }) {
  return (
    <EmailLayout lang={lang} preview={text.when} footer={text.footer}>
      <Text style={{ fontSize: 20, fontWeight: 600 }}>{text.heading}</Text>
      <Text style={{ fontWeight: 600 }}>{text.when}</Text>
      <Text style={{ whiteSpace: "pre-wrap", borderLeft: "3px solid #e5e7eb", paddingLeft: 12 }}>{body}</Text>
      {text.customer && <Text>{text.customer}</Text>}
      {text.from && <Text style={{ color: "#6b7280" }}>{text.from}</Text>}
      <Button href={url} style={buttonStyle}>
        {text.button}
      </Button>
      <Text style={{ fontSize: 12, color: "#6b7280" }}>
        {text.fallback} <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}
