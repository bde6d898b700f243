import { Button, Column, Link, Row, Section, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./email-layout";

export type ServiceReportText = {
  heading: string;
  intro: string;
  resultLabel: string;
  button: string;
  expires: string;
  fallback: string;
  footer: string;
};

/** SPEC S5: the service report sent when a record is completed, with the link to approve it. */
export default function ServiceReportEmail({
  lang,
  text,
  rows,
  result,
  url,
}: {
  lang: string;
  text: ServiceReportText;
  rows: { label: string; value: string }[];
  result: string | null;
  url: string;
}) {
  return (
    <EmailLayout lang={lang} preview={text.intro} footer={text.footer}>
      <Text style={{ fontSize: 20, fontWeight: 600 }}>{text.heading}</Text>
      <Text>{text.intro}</Text>
      <Section style={{ border: "1px solid #e5e7eb", borderRadius: 6, padding: "4px 12px" }}>
        {rows.map((row) => (
          <Row key={row.label}>
            <Column style={{ width: "38%", verticalAlign: "top" }}>
              <Text style={{ margin: "6px 0", fontSize: 13, color: "#6b7280" }}>{row.label}</Text>
            </Column>
            <Column style={{ verticalAlign: "top" }}>
              <Text style={{ margin: "6px 0", fontSize: 14 }}>{row.value}</Text>
            </Column>
          </Row>
        ))}
      </Section>
      {result && (
        <>
          <Text style={{ fontSize: 13, color: "#6b7280", marginBottom: 0 }}>{text.resultLabel}</Text>
          <Text style={{ marginTop: 4, whiteSpace: "pre-line" }}>{result}</Text>
        </>
      )}
      <Button href={url} style={buttonStyle}>
        {text.button}
      </Button>
      <Text style={{ fontSize: 13, color: "#6b7280" }}>{text.expires}</Text>
      <Text style={{ fontSize: 12, color: "#6b7280" }}>
        {text.fallback} <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}
