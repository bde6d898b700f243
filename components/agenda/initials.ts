// Client-safe: an attendee as the calendar's event shows them, "Ayşe Yılmaz" → "AY" (SPEC W3).

export function initialsOf(name: string) {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return letters.map((w) => [...w][0]!.toLocaleUpperCase()).join("");
}
