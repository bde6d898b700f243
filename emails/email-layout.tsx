import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export function EmailLayout({ lang, preview, footer, children }: { lang: string; preview: string; footer: string; children: ReactNode }) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f6f7f9", fontFamily: "Inter, Segoe UI, Helvetica, Arial, sans-serif", color: "#111827" }}>
        <Container style={{ margin: "32px auto", maxWidth: 520, backgroundColor: "#ffffff", borderRadius: 8, padding: 32 }}>
          <Text style={{ fontSize: 18, fontWeight: 700, margin: 0 }}>Servio</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e5e7eb", margin: "24px 0" }} />
          <Text style={{ fontSize: 12, color: "#6b7280", margin: 0 }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: "#4f46e5",
  color: "#ffffff",
  borderRadius: 6,
  padding: "10px 18px",
  fontWeight: 600,
  textDecoration: "none",
  display: "inline-block",
} as const;
