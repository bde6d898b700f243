/**
 * Lists count their matches up to here and show "1,000+" beyond: counting every row of a 100k
 * list costs more than the page itself. Client-safe: the count is fetched apart from the rows.
 */
export const COUNT_CAP = 1000;

/** A list's count as its count route answers: exact up to the cap, "1000+" past it. */
export type CappedCount = number | `${typeof COUNT_CAP}+`;

export function capCount(counted: number): CappedCount {
  return counted > COUNT_CAP ? `${COUNT_CAP}+` : counted;
}
