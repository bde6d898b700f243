/**
 * What the person wrote in a reply, without the quoted e-mail below it. Mail clients quote in
 * different ways; the cut is at the first line that starts the quoted part.
 */
const QUOTE_STARTS: RegExp[] = [
  /^>/,
  /^On\s.+\swrote:$/i,
  /^.+\starihinde\s.+\syazdı:$/i,
  /^În\s.+\sa scris:$/i,
  /^-{2,}\s*(Original Message|Orijinal Mesaj|Mesajul original)\s*-{2,}$/i,
  /^_{10,}$/,
];

function startsQuote(line: string) {
  return QUOTE_STARTS.some((pattern) => pattern.test(line));
}

export function stripQuotedReply(text: string) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    // Gmail wraps a long "On …, Name <address> wrote:" over two lines.
    const joined = i + 1 < lines.length ? `${line} ${lines[i + 1]!.trim()}` : line;
    if (startsQuote(line) || (/^(On|În)\s/i.test(line) && startsQuote(joined))) {
      end = i;
      break;
    }
    // The conventional signature separator: what follows is not the reply.
    if (lines[i] === "-- ") {
      end = i;
      break;
    }
  }
  return lines.slice(0, end).join("\n").trim();
}

/** Plain text of an HTML-only reply; quoted blocks are dropped before the tags. */
export function htmlToText(html: string) {
  return html
    .replace(/<(style|script|head)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<blockquote\b[\s\S]*<\/blockquote>/gi, "")
    .replace(/<div[^>]*class="[^"]*gmail_quote[^"]*"[\s\S]*$/i, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|tr|h\d)>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const ACCEPT = /^(accept\w*|kabul\w*)$/;
const REJECT = /^(reject\w*|ret|red|redd\w*|respin\w*)$/;
// "I accept", "Ben kabul ediyorum", "Eu accept": a leading pronoun is skipped.
const PRONOUNS = new Set(["i", "ben", "eu"]);

/**
 * The answer a reply starts with, in English, Turkish or Romanian: "Accept", "Kabul", "Accepta",
 * "Reject", "Ret", "Red", "Respinge". Only the first word(s) count, so "Not accepted, …" or a
 * sentence that mentions rejecting later on is no answer.
 */
export function replyIntent(reply: string): "accepted" | "rejected" | null {
  const words = reply
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ı/g, "i")
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const first = PRONOUNS.has(words[0] ?? "") ? words[1] : words[0];
  if (!first) return null;
  if (ACCEPT.test(first)) return "accepted";
  if (REJECT.test(first)) return "rejected";
  return null;
}
