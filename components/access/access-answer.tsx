"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { AccessAnswer, AccessReason } from "@/lib/visibility/explain-access-schema";

/** The answer in one or two sentences: may they see it and why; when that differs, may they change it and why. */
export function AccessAnswerText({ answer }: { answer: AccessAnswer }) {
  const t = useTranslations("access");
  const positions = useTranslations("structure.positions");
  const levels = useTranslations("levels");
  const format = useFormatter();
  const name = answer.member.name;
  const onRecord = answer.target === "serviceRecord";

  const because = (reason: AccessReason, question: "read" | "write"): string => {
    switch (reason.rule) {
      case "left":
        return t("reasons.left");
      case "level":
        return t(question === "read" ? "reasons.levelRead" : "reasons.levelWrite", { level: levels(reason.level) });
      case "admin":
        return t("reasons.admin");
      case "unplaced":
        return t("reasons.unplaced");
      case "technician":
        if (!onRecord) return reason.authorised ? t("reasons.technicianAuthorised", { name }) : t("reasons.technicianNot");
        if (reason.assigned) return t("reasons.technicianAssigned", { name });
        return reason.authorised ? t("reasons.technicianRecordAuthorised", { name }) : t("reasons.technicianRecordNot");
      case "partner":
        if (onRecord && reason.assigned) return t("reasons.partnerAssigned", { name });
        return t(reason.inside ? "reasons.partnerInside" : "reasons.partnerOutside", { company: reason.company });
      case "position": {
        const common = { position: positions(reason.position), source: t(reason.configured ? "reasons.configured" : "reasons.default") };
        if (reason.scope === "all") return t("reasons.positionAll", common);
        if (reason.scope === "department") {
          if (!reason.via) return t("reasons.departmentNone", common);
          return t("reasons.departmentVia", { ...common, person: reason.via.self ? name : reason.via.name, role: t(`roles.${reason.via.role}`) });
        }
        if (!reason.roles.length) return t("reasons.responsibleNone", { ...common, name });
        return t("reasons.responsibleRoles", { ...common, name, roles: format.list(reason.roles.map((role) => t(`roles.${role}`))) });
      }
    }
  };

  const { read, write } = answer;
  const target = answer.target;
  const sentences = !read.allowed
    ? [t("verdict.cannotSee", { name, target, reason: because(read.reason, "read") })]
    : write.allowed && JSON.stringify(write.reason) === JSON.stringify(read.reason)
      ? [t("verdict.canSeeAndChange", { name, target, reason: because(read.reason, "read") })]
      : [
          t("verdict.canSee", { name, target, reason: because(read.reason, "read") }),
          t(write.allowed ? "verdict.canChange" : "verdict.cannotChange", { name, reason: because(write.reason, "write") }),
        ];
  return <p className="text-sm">{sentences.join(" ")}</p>;
}
