"use client";

import { useFormatter } from "next-intl";

/** A file's size in the reader's number format: bytes, KB or MB. */
export function FileSize({ bytes }: { bytes: number }) {
  const format = useFormatter();
  if (bytes < 1024) return format.number(bytes, { style: "unit", unit: "byte" });
  return bytes < 1024 * 1024
    ? format.number(Math.round(bytes / 1024), { style: "unit", unit: "kilobyte" })
    : format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
}
