import "server-only";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { OrgContext } from "@/lib/context";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { fileDownload, plainAnswer } from "./file-download";

type StoredFile = Parameters<typeof fileDownload>[0];

/**
 * A stored file's route: the session, the org context and the verb (so the same guard and scope as
 * the page that links it), errors mapped once here. Another org's file, an org the user is not in,
 * a bad id and a file out of scope are the same 404 as no file at all.
 */
export async function answerFileRequest(orgSlug: string, read: (ctx: OrgContext) => Promise<StoredFile>) {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("errors")]);
  if (!user) return plainAnswer(401, t("forbidden"));
  try {
    return fileDownload(await read(await loadOrgContext(user.id, orgSlug)));
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ValidationError) return plainAnswer(404, t("notFound"));
    if (error instanceof ForbiddenError) return plainAnswer(403, t("forbidden"));
    throw error;
  }
}

/** The org of a route under /api, which carries it as `?org=<slug>`. */
export function orgOfQuery(request: Request) {
  return new URL(request.url).searchParams.get("org") ?? "";
}
