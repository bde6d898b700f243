import { Button, Column, Link, Row, Section, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./email-layout";

export type AssignmentEmailText = {
  subject: string;
  heading: string;
  intro: string;
  accept: string;
  reject: string;
  replyHint: string;
  fallback: string;
  footer: string;
};

/** One labelled line of the record's details; empty values are left out by the caller. */
export type AssignmentDetail = { label: string; value: string };

const rejectStyle = { ...buttonStyle, backgroundColor: "#ffffff", color: "#b91c1c", border: "1px solid #fca5a5" } as const;

/** SPEC S4: the record's details with Accept / Reject links; replying to it works as well. */
export default function ServiceAssignmentEmail({
  lang,
  text,
  details,
  acceptUrl,
  rejectUrl,
}: {
  lang: string;
  text: AssignmentEmailText;
  details: AssignmentDetail[];
  acceptUrl: string;
  rejectUrl: string;
}) {
  return (
    <EmailLayout lang={lang} preview={text.intro} footer={text.footer}>
      <Text style={{ fontSize: 20, fontWeight: 600 }}>{text.heading}</Text>
      <Text>{text.intro}</Text>
      <Section style={{ backgroundColor: "#f9fafb", borderRadius: 6, padding: "8px 16px" }}>
        {details.map((detail) => (
          <Row key={detail.label}>
            <Column style={{ width: "35%", verticalAlign: "top", color: "#6b7280", fontSize: 13, padding: "4px 8px 4px 0" }}>{detail.label}</Column>
            <Column style={{ verticalAlign: "top", fontSize: 14, padding: "4px 0", whiteSpace: "pre-line" }}>{detail.value}</Column>
          </Row>
        ))}
      </Section>
      <Section style={{ marginTop: 24 }}>
        <Button href={acceptUrl} style={buttonStyle}>
          {text.accept}
        </Button>{" "}
        <Button href={rejectUrl} style={rejectStyle}>
          {text.reject}
        </Button>
      </Section>
      <Text>{text.replyHint}</Text>
      <Text style={{ fontSize: 12, color: "#6b7280" }}>
        {text.fallback}
        <br />
        {text.accept}: <Link href={acceptUrl}>{acceptUrl}</Link>
        <br />
        {text.reject}: <Link href={rejectUrl}>{rejectUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
