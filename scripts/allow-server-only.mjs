// Preload for scripts run with tsx: `tsx --import ./scripts/allow-server-only.mjs scripts/x.ts`.
// The `server-only` package throws when imported outside React Server Components; these scripts
// are server code, so the specifier resolves to an empty module instead.
import { register } from "node:module";

const hooks = `
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}
`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`, import.meta.url);
