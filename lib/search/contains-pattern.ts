/**
 * A LIKE pattern matching `term` anywhere, with the user's `%`, `_` and `\` taken literally.
 * `term` must already be folded (foldForSearch or digits): the pattern is meant for LIKE on a
 * folded `search_text` column, where ILIKE would only re-fold every trigram match to lower case
 * again for nothing (half the search's database time on 12,500 matches of "ist").
 */
export function containsPattern(term: string) {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
