import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./email-layout";

export type ActionLinkText = { subject: string; heading: string; body: string; button: string; fallback: string; footer: string };

/** An e-mail whose point is one link: invitations and password resets. */
export default function ActionLinkEmail({ lang, text, url }: { lang: string; text: ActionLinkText; url: string }) {
  return (
    <EmailLayout lang={lang} preview={text.body} footer={text.footer}>
      <Text style={{ fontSize: 20, fontWeight: 600 }}>{text.heading}</Text>
      <Text>{text.body}</Text>
      <Button href={url} style={buttonStyle}>
        {text.button}
      </Button>
      <Text style={{ fontSize: 12, color: "#6b7280" }}>
        {text.fallback} <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}
