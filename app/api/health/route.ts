import { databaseAnswers } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseAnswers();
  return Response.json(ok ? { status: "ok", db: "ok" } : { status: "error", db: "unavailable" }, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
