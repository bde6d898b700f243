"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { buttonClass } from "@/components/ui/button";

/** For the not-found page, which gets no params: the org slug comes from the URL. */
export function BackToServiceLink({ label }: { label: string }) {
  const { org } = useParams<{ org: string }>();
  return (
    <Link href={`/${org}/service`} className={`${buttonClass("secondary")} mt-6`}>
      {label}
    </Link>
  );
}
