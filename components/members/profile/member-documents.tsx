"use client";

import { Download, Trash2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { FileSize } from "@/components/ui/file-size";
import { Button } from "@/components/ui/button";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { removeMemberDocumentAction } from "@/lib/members/actions";
import type { MemberDocumentRow } from "@/lib/members/list-member-documents";
import { UploadDocumentForm } from "./upload-document-form";

/** SPEC T6: the employee's papers; Manage users add and delete them, the employee reads theirs. */
export function MemberDocuments({
  orgSlug,
  member,
  documents,
  canManage,
}: {
  orgSlug: string;
  member: { userId: string; name: string };
  documents: MemberDocumentRow[];
  canManage: boolean;
}) {
  const t = useTranslations("memberProfile.documents");
  const format = useFormatter();
  const showErrors = useActionErrors();
  const router = useRouter();
  const href = (id: string) => `/api/member-documents/${id}?org=${encodeURIComponent(orgSlug)}`;
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description", { name: member.name })} />
      {documents.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul aria-label={t("tableLabel", { name: member.name })} className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {documents.map((d) => (
            <li key={d.id} className="flex items-start gap-3 px-4 py-3">
              <div className="min-w-0 flex-1">
                <div className="text-xs font-medium uppercase text-zinc-500">{t(`kinds.${d.kind}`)}</div>
                {/* A plain link: the route answers with an attachment, so there is no page to prefetch. */}
                <a
                  href={href(d.id)}
                  className="inline-flex max-w-full items-center gap-1 font-medium text-accent-700 hover:underline dark:text-accent-500"
                  aria-label={t("download", { name: d.fileName })}
                >
                  <Download className="size-3.5 shrink-0" aria-hidden />
                  <span className="truncate">{d.fileName}</span>
                </a>
                <div className="text-xs text-zinc-500">
                  <FileSize bytes={d.size} /> ·{" "}
                  {d.uploadedByName
                    ? t("uploadedBy", { date: format.dateTime(new Date(d.uploadedAt), { dateStyle: "medium" }), name: d.uploadedByName })
                    : format.dateTime(new Date(d.uploadedAt), { dateStyle: "medium" })}
                </div>
              </div>
              {canManage && (
                <ConfirmDialog
                  trigger={
                    <Button variant="ghost" size="sm" aria-label={t("deleteOf", { name: d.fileName })}>
                      <Trash2 className="size-4" aria-hidden />
                      <span className="hidden sm:inline">{t("delete")}</span>
                    </Button>
                  }
                  title={t("deleteTitle")}
                  description={t("deleteBody", { name: d.fileName })}
                  confirmLabel={t("delete")}
                  onConfirm={async () => {
                    const result = await removeMemberDocumentAction(orgSlug, { id: d.id });
                    if (!result.ok) {
                      showErrors(result);
                      return false;
                    }
                    toast.success(t("deleted"));
                    router.refresh();
                    return true;
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && <UploadDocumentForm orgSlug={orgSlug} userId={member.userId} />}
    </Card>
  );
}
