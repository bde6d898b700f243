import "server-only";
import { fileTypeFromBuffer } from "file-type";

/** What the thread accepts, decided by the bytes; the name's extension is only corrected to match. */
export const ALLOWED_TYPES: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "text/plain": "txt",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
};

const EXTENSION_ALIASES: Record<string, string[]> = { jpg: ["jpg", "jpeg"], txt: ["txt", "text", "log", "csv", "md"] };

/** Text has no signature: UTF-8 that decodes cleanly and holds no control bytes but tab/newline/form feed. */
function looksLikeText(bytes: Uint8Array) {
  try {
    // `stream` keeps a multi-byte character cut at the sample's end from counting as invalid.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, 64 * 1024), { stream: true });
    return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
  } catch {
    return false;
  }
}

/**
 * The content type of an upload by its content (magic bytes via `file-type`, which also looks
 * inside zip containers for docx/xlsx), or null when it is not one we accept.
 */
export async function detectFileType(bytes: Uint8Array): Promise<string | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) return found.mime in ALLOWED_TYPES ? found.mime : null;
  return bytes.length > 0 && looksLikeText(bytes) ? "text/plain" : null;
}

/** "scan.png" holding a PDF is kept as "scan.pdf": downloads open in the right program. */
export function nameForType(fileName: string, contentType: string) {
  const extension = ALLOWED_TYPES[contentType]!;
  const clean =
    fileName
      .replace(/[\u0000-\u001F\u007F/\\]/g, "_")
      .trim()
      .slice(0, 200) || "file";
  const dot = clean.lastIndexOf(".");
  const current = dot > 0 ? clean.slice(dot + 1).toLowerCase() : "";
  if ((EXTENSION_ALIASES[extension] ?? [extension]).includes(current)) return clean;
  return `${dot > 0 ? clean.slice(0, dot) : clean}.${extension}`;
}
