/**
 * The one check for a callback or "next" URL taken from a request (open-redirect defence): returns
 * a same-site path, or `fallback` when the value could lead anywhere else.
 *
 * Browsers read `\` as `/` and drop tabs and newlines inside URLs, so `/\evil.example` and
 * `/<TAB>/evil.example` both become `//evil.example` — another host. Rather than predicting every
 * such normalisation, anything with a backslash or a control character is refused, in the value
 * and in its once-decoded form (for callers that decode again), and what is left must resolve to
 * our own origin.
 */
const BASE = "http://servio.invalid";

function looksSafe(value: string) {
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return false;
  if (!value.startsWith("/") || value.startsWith("//")) return false;
  try {
    return new URL(value, BASE).origin === BASE;
  } catch {
    return false;
  }
}

function decodedOnce(value: string) {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * The value itself is returned, not a re-serialised URL: `/.//evil` normalises to `//evil`, while
 * the value as given is a path on our host. Raw whitespace is refused too (a real link encodes it).
 */
export function safePath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2000 || /\s/.test(value)) return fallback;
  const decoded = decodedOnce(value);
  return decoded !== null && looksSafe(value) && looksSafe(decoded) ? value : fallback;
}
