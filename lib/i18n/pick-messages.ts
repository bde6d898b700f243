import { SERVER_ONLY_PARTS, type MessagePath } from "./client-namespaces";

type Tree = { [key: string]: string | Tree };

const isTree = (value: unknown): value is Tree => typeof value === "object" && value !== null && !Array.isArray(value);

function withoutServerParts(namespace: string, value: unknown) {
  const parts = SERVER_ONLY_PARTS[namespace as keyof typeof SERVER_ONLY_PARTS];
  if (!parts || !isTree(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([part]) => !parts.includes(part)));
}

/**
 * Only the listed parts of a catalogue, nested as in the catalogue ("customer.feed" →
 * { customer: { feed } }). A whole namespace comes without its server-only parts. The catalogue
 * is the request's (with the org's own labels), so renamed labels reach the browser too.
 */
export function pickMessages(all: object, paths: readonly MessagePath[]): Tree {
  const picked: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let value: unknown = all;
    for (const key of keys) value = isTree(value) ? value[key] : undefined;
    if (value === undefined) continue;
    if (keys.length === 1) value = withoutServerParts(keys[0]!, value);
    let target = picked;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      target = target[key] = isTree(next) ? next : {};
    }
    target[keys.at(-1)!] = value as string | Tree;
  }
  return picked;
}
