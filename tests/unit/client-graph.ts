import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The static module graph of the app as the bundler sees it, parsed with TypeScript's own parser:
 * which modules run in the browser ("use client" and everything they import), and which message
 * namespaces those modules ask the client provider for. Used by client-namespaces.test.ts.
 */

export const ROOT = path.resolve(import.meta.dirname, "../..");
const APP = path.join(ROOT, "app");

/** One hook call that reads the client catalogue. `namespace` is null when it is not a literal. */
export type NamespaceUse = { file: string; line: number; hook: string; namespace: string | null };

type Module = {
  file: string;
  directive: "client" | "server" | null;
  imports: string[];
  uses: NamespaceUse[];
  /** Names this module imports from next-intl (values only). */
  intlImports: string[];
  /** `<Tag attr="literal">` elements, for checking how layouts set up providers. */
  elements: { tag: string; attributes: Record<string, string | null>; wrapsChildren: boolean }[];
};

const HOOKS = new Set(["useTranslations", "useMessages"]);
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];
const cache = new Map<string, Module>();

export const relative = (file: string) => path.relative(ROOT, file);

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null; // a package: never holds our client components
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext)]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null; // JSON catalogues, CSS
}

/** Whether `{children}` appears anywhere inside the element. */
const rendersChildren = (node: ts.Node): boolean =>
  (ts.isJsxExpression(node) && node.expression !== undefined && ts.isIdentifier(node.expression) && node.expression.text === "children") ||
  (ts.forEachChild(node, (child) => rendersChildren(child) || undefined) ?? false);

const literal = (node: ts.Node | undefined) => (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null);

function directiveOf(source: ts.SourceFile): Module["directive"] {
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    if (statement.expression.text === "use client") return "client";
    if (statement.expression.text === "use server") return "server";
  }
  return null;
}

function parse(file: string): Module {
  const cached = cache.get(file);
  if (cached) return cached;
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const mod: Module = { file, directive: directiveOf(source), imports: [], uses: [], intlImports: [], elements: [] };
  // Local names bound to next-intl's hooks (`import { useTranslations as useT }` included).
  const hookNames = new Map<string, string>();
  const intlNamespaces = new Set<string>();

  const addImport = (specifier: string | null) => {
    const resolved = specifier ? resolveImport(file, specifier) : null;
    if (resolved) mod.imports.push(resolved);
  };

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const specifier = literal(statement.moduleSpecifier);
      const named = clause?.namedBindings;
      const onlyTypes = named && ts.isNamedImports(named) && !clause.name && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      if (onlyTypes) continue;
      if (specifier === "next-intl" || specifier?.startsWith("use-intl")) {
        if (named && ts.isNamedImports(named))
          for (const element of named.elements) {
            const imported = (element.propertyName ?? element.name).text;
            if (!element.isTypeOnly) mod.intlImports.push(imported);
            if (HOOKS.has(imported) && !element.isTypeOnly) hookNames.set(element.name.text, imported);
          }
        if (named && ts.isNamespaceImport(named)) {
          intlNamespaces.add(named.name.text);
          mod.intlImports.push("*");
        }
      }
      addImport(specifier);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      addImport(literal(statement.moduleSpecifier));
    }
  }

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) addImport(literal(node.arguments[0]));
      const callee = node.expression;
      const hook = ts.isIdentifier(callee)
        ? hookNames.get(callee.text)
        : ts.isPropertyAccessExpression(callee) &&
            ts.isIdentifier(callee.expression) &&
            intlNamespaces.has(callee.expression.text) &&
            HOOKS.has(callee.name.text)
          ? callee.name.text
          : undefined;
      if (hook) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        mod.uses.push({ file, line, hook, namespace: hook === "useTranslations" ? literal(node.arguments[0]) : null });
      }
    }
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) {
      const opening = ts.isJsxElement(node) ? node.openingElement : node;
      const attributes: Record<string, string | null> = {};
      for (const attribute of opening.attributes.properties)
        if (ts.isJsxAttribute(attribute))
          attributes[attribute.name.getText(source)] =
            attribute.initializer && ts.isStringLiteral(attribute.initializer) ? attribute.initializer.text : null;
      mod.elements.push({ tag: opening.tagName.getText(source), attributes, wrapsChildren: ts.isJsxElement(node) && rendersChildren(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  cache.set(file, mod);
  return mod;
}

export const moduleAt = (file: string) => parse(path.resolve(ROOT, file));

/**
 * Every module that runs in the browser when `entry` renders: "use client" modules reached through
 * any chain of imports (a server component the route imports counts), and everything they import.
 * A "use server" module reached from the client is only a reference to a server function.
 */
export function clientModules(entry: string): Module[] {
  const seen = new Map<string, boolean>(); // file → reached as client code
  const reached: Module[] = [];
  const walk = (file: string, onClient: boolean) => {
    const mod = parse(file);
    const client = onClient || mod.directive === "client";
    if (seen.has(file) && (seen.get(file) || !client)) return;
    seen.set(file, client);
    if (client && mod.directive === "server") return;
    if (client) reached.push(mod);
    for (const next of mod.imports) walk(next, client);
  };
  walk(path.resolve(ROOT, entry), false);
  return reached;
}

const ROUTE_FILES = new Set([
  "page.tsx",
  "layout.tsx",
  "loading.tsx",
  "not-found.tsx",
  "error.tsx",
  "template.tsx",
  "default.tsx",
  "global-error.tsx",
]);

/** Every file under app/ that Next.js renders as part of a route, relative to the repository. */
export function routeFiles(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return ROUTE_FILES.has(entry.name) ? [relative(full)] : [];
  });
}

/** All .ts/.tsx files of the app's own code (for "who renders a provider" checks). */
export function sourceFiles(dirs = ["app", "components", "lib"]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return /\.tsx?$/.test(entry.name) ? [relative(full)] : [];
    });
  return dirs.flatMap((dir) => walk(path.join(ROOT, dir)));
}

/** "app/(app)/[org]/customers/page.tsx" → "(app)/[org]/customers"; the root is "". */
export const sectionOf = (routeFile: string) => path.dirname(path.relative("app", routeFile)).replace(/^\.$/, "");
