import { Button, Column, Link, Row, Section, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./email-layout";

export type AppointmentEmailText = { subject: string; heading: string; open: string; fallback: string; footer: string };

/** One labelled line of the appointment; empty values are left out by the caller. */
export type AppointmentEmailDetail = { label: string; value: string };

/** SPEC W4: an attendee's e-mail the day before and on the day, with a link to the appointment. */
export default function AppointmentEmail({
  lang,
  text,
  details,
  url,
}: {
  lang: string;
  text: AppointmentEmailText;
  details: AppointmentEmailDetail[];
  url: string;
}) {
  return (
    <EmailLayout lang={lang} preview={text.subject} footer={text.footer}>
      <Text style={{ fontSize: 20, fontWeight: 600 }}>{text.heading}</Text>
      <Section style={{ backgroundColor: "#f9fafb", borderRadius: 6, padding: "8px 16px" }}>
        {details.map((detail) => (
          <Row key={detail.label}>
            <Column style={{ width: "35%", verticalAlign: "top", color: "#6b7280", fontSize: 13, padding: "4px 8px 4px 0" }}>{detail.label}</Column>
            <Column style={{ verticalAlign: "top", fontSize: 14, padding: "4px 0", whiteSpace: "pre-line" }}>{detail.value}</Column>
          </Row>
        ))}
      </Section>
      <Section style={{ marginTop: 24 }}>
        <Button href={url} style={buttonStyle}>
          {text.open}
        </Button>
      </Section>
      <Text style={{ fontSize: 12, color: "#6b7280" }}>
        {text.fallback} <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}
