type Tree = { [key: string]: unknown };

const isTree = (value: unknown): value is Tree => typeof value === "object" && value !== null && !Array.isArray(value);

/** A child section's messages on top of its parents' (a nested next-intl provider would replace them). */
export function mergeMessages(parent: object, child: object): Tree {
  const merged: Tree = { ...parent };
  for (const [key, value] of Object.entries(child)) {
    const existing = merged[key];
    merged[key] = isTree(existing) && isTree(value) ? mergeMessages(existing, value) : value;
  }
  return merged;
}
