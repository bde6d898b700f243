import "server-only";

/** RFC 6266: an ASCII fallback plus the real (Turkish, Romanian…) name, percent-encoded. */
function contentDisposition(fileName: string) {
  const ascii =
    fileName
      .normalize("NFD")
      .replace(/[^\x20-\x7E]/g, "")
      .replace(/["\\]/g, "_") || "file";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A stored upload as a download: the type found by content at upload, never sniffed, never
 * rendered in our origin (attachment, nosniff, a sandboxing CSP), never cached by a shared cache.
 */
export function fileDownload(file: { fileName: string; contentType: string; bytes: Uint8Array }) {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}

/** A short text answer (401/403/404) of a file route. */
export function plainAnswer(status: number, text: string) {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
