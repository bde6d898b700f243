import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Structure facts about our own source, read with TypeScript's parser (not regexes), for
 * structure.test.ts. Each analyser takes a file's path and text, so the test can also feed it
 * small fixtures and show that it reports what it should.
 */

export const ROOT = path.resolve(import.meta.dirname, "../..");

export const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** .ts/.tsx files under `dir` (relative to the repository), declaration files left out. */
export function filesUnder(dir: string): string[] {
  const walk = (full: string): string[] =>
    readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
      const next = path.join(full, entry.name);
      if (entry.isDirectory()) return walk(next);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [relative(next)] : [];
    });
  return walk(path.join(ROOT, dir));
}

export const readSource = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

function parse(file: string, text: string) {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

const lineOf = (source: ts.SourceFile, node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);

// ---------------------------------------------------------------------------------------------
// Verbs and their guard

/** Guards a verb may open with: the permission table's, or (user-level verbs) the signed-in user's. */
export const GUARDS = new Set(["requirePermission", "requireUser"]);

export type ExportedFunction = {
  name: string;
  line: number;
  async: boolean;
  /** The annotation of the first parameter as written, e.g. "OrgContext", "Tenant<Tx>". */
  firstParamType: string | null;
  /** Every parameter's annotation as written (null where none). */
  paramTypes: (string | null)[];
  /** The first statement calls a guard (`requirePermission(…)`, `const u = await requireUser()`). */
  guardedFirst: boolean;
};

function callsGuard(statement: ts.Statement | undefined): boolean {
  if (!statement) return false;
  let expression: ts.Expression | undefined;
  if (ts.isExpressionStatement(statement)) expression = statement.expression;
  else if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1)
    expression = statement.declarationList.declarations[0]?.initializer;
  if (expression && ts.isAwaitExpression(expression)) expression = expression.expression;
  return !!expression && ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) && GUARDS.has(expression.expression.text);
}

/** The module's exported functions: `export (async) function f` and `export const f = (async) (…) =>`. */
export function exportedFunctions(file: string, text: string): ExportedFunction[] {
  const source = parse(file, text);
  const found: ExportedFunction[] = [];
  const add = (name: string, node: ts.FunctionLikeDeclaration, at: ts.Node) => {
    const first = node.parameters[0];
    const body = node.body && ts.isBlock(node.body) ? node.body : undefined;
    found.push({
      name,
      line: lineOf(source, at),
      async: hasModifier(node, ts.SyntaxKind.AsyncKeyword),
      firstParamType: first?.type ? first.type.getText(source) : null,
      paramTypes: node.parameters.map((parameter) => (parameter.type ? parameter.type.getText(source) : null)),
      guardedFirst: callsGuard(body?.statements[0]),
    });
  };
  for (const statement of source.statements) {
    if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) add(statement.name.text, statement, statement);
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (ts.isIdentifier(declaration.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)))
          add(declaration.name.text, init, declaration);
      }
  }
  return found;
}

/**
 * Which files hold verbs: every module of a domain folder (lib/<domain>/…, nested folders too)
 * except the ones that by their name hold no verb — the "use server" wrappers (actions.ts, checked
 * for database imports instead), the get…InOrgOrThrow helpers the verbs call after their guard
 * (internal.ts), zod schemas (schemas.ts, *-schemas.ts) and URL parameter schemas (*-params.ts,
 * list-params.ts among them). Files directly in lib/ (context, errors, clock) are plumbing.
 */
export function isVerbModule(file: string): boolean {
  const parts = file.split("/");
  if (parts[0] !== "lib" || parts.length < 3) return false;
  const name = parts.at(-1) ?? "";
  if (name === "actions.ts" || name === "internal.ts" || name === "schemas.ts") return false;
  return !/-(schemas|params)\.ts$/.test(name);
}

/**
 * Which exported functions of a verb module are verbs: every async one (it reads or writes
 * something), and every one that receives the org context (it holds an actor, so it must judge
 * them). Synchronous functions without a context are pure helpers (formatting, parsing, ranking).
 */
/** `OrgContext`, or the context of another actor (`OrgContext<Actor>`, `OrgContext<TokenHolderActor>`). */
export const takesOrgContext = (fn: ExportedFunction) => fn.firstParamType !== null && /^OrgContext(<.+>)?$/.test(fn.firstParamType);

export const isVerbCandidate = (fn: ExportedFunction) => fn.async || takesOrgContext(fn);

/**
 * A step of a verb: it is handed the tenant, the transaction or the database to work on (a
 * `Tenant`, `Tenant<Tx>`, `Tx` or `DbOrTx` parameter), so it runs inside a caller that has them.
 */
export const isStep = (fn: ExportedFunction) => fn.paramTypes.some((type) => type !== null && /^(Tenant(<\w+>)?|Tx|DbOrTx)$/.test(type));

// ---------------------------------------------------------------------------------------------
// Imports

export type ImportUse = {
  specifier: string;
  line: number;
  /** `import type …`, or every named binding marked `type`: erased when compiled. */
  typeOnly: boolean;
  /** The imported names (values and types); "*" for a namespace, "default" for a default import. */
  names: string[];
};

const literalText = (node: ts.Node | undefined) =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;

/** Every static import, re-export and dynamic `import()` of a module. */
export function importsOf(file: string, text: string): ImportUse[] {
  const source = parse(file, text);
  const uses: ImportUse[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const specifier = literalText(statement.moduleSpecifier);
      if (!specifier) continue;
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const named = bindings && ts.isNamedImports(bindings) ? bindings.elements : [];
      const names = [
        ...(clause?.name ? ["default"] : []),
        ...(bindings && ts.isNamespaceImport(bindings) ? ["*"] : []),
        ...named.map((element) => (element.propertyName ?? element.name).text),
      ];
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && named.length > 0 && named.every((element) => element.isTypeOnly)));
      uses.push({ specifier, line: lineOf(source, statement), typeOnly, names });
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      const specifier = literalText(statement.moduleSpecifier);
      if (!specifier) continue;
      const clause = statement.exportClause;
      const named = clause && ts.isNamedExports(clause) ? clause.elements : [];
      const typeOnly = statement.isTypeOnly || (named.length > 0 && named.every((element) => element.isTypeOnly));
      const names = clause && ts.isNamedExports(clause) ? named.map((element) => (element.propertyName ?? element.name).text) : ["*"];
      uses.push({ specifier, line: lineOf(source, statement), typeOnly, names });
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const specifier = literalText(node.arguments[0]);
      if (specifier) uses.push({ specifier, line: lineOf(source, node), typeOnly: false, names: ["*"] });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/** The repository file an import names ("@/lib/x", "./x"), or null for a package. */
export function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(path.join(ROOT, from)), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")])
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(candidate);
  return relative(base);
}

/**
 * Modules of plain enum values beside the schema (db/schema/enum-values.ts and the like): no table,
 * no driver, written to be shared with forms in the browser. The test keeps them free of imports.
 */
export const isValuesModule = (file: string) => /^db\/schema\/[\w-]*values\.ts$/.test(file);

/**
 * What the database layer is, for "no database in app/, components/ or actions": our db/ folder
 * (client, schema, embedded server) except the plain values modules, the query builder and the
 * driver. Type-only imports are erased at compile time, so they are fine (a prop typed by a schema
 * type).
 */
export function isDatabaseImport(from: string, specifier: string): boolean {
  if (specifier === "drizzle-orm" || specifier.startsWith("drizzle-orm/")) return true;
  if (specifier === "postgres" || specifier.startsWith("postgres/")) return true;
  const target = resolveImport(from, specifier);
  return target !== null && (target === "db" || target.startsWith("db/")) && !isValuesModule(target);
}

// ---------------------------------------------------------------------------------------------
// Enum value lists

export type LiteralList = { file: string; line: number; values: string[]; kind: "array" | "union" };

/**
 * Every list of two or more string literals written out: array literals (`["a", "b"]`, as in
 * `z.enum([...])` or a `const X = [...] as const`) and union types (`"a" | "b"`).
 */
export function literalLists(file: string, text: string): LiteralList[] {
  const source = parse(file, text);
  const lists: LiteralList[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isArrayLiteralExpression(node) && node.elements.length >= 2 && node.elements.every(ts.isStringLiteral))
      lists.push({ file, line: lineOf(source, node), kind: "array", values: node.elements.map((element) => (element as ts.StringLiteral).text) });
    if (ts.isUnionTypeNode(node)) {
      const literals = node.types.filter((type): type is ts.LiteralTypeNode => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal));
      if (literals.length >= 2 && literals.length === node.types.length)
        lists.push({ file, line: lineOf(source, node), kind: "union", values: literals.map((type) => (type.literal as ts.StringLiteral).text) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lists;
}

/** Order-free identity of a value list: a permutation of an enum's values is still a copy. */
export const valueSetKey = (values: readonly string[]) => [...new Set(values)].sort().join("\u0000");

// ---------------------------------------------------------------------------------------------
// The clock

/** A module whose first statement is the "use client" directive runs in the browser too. */
export function isClientModule(file: string, text: string): boolean {
  const first = parse(file, text).statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use client";
}

export type ClockRead = { line: number; kind: "new Date()" | "Date.now" };

/**
 * Reads of the machine clock: `new Date()` or `new Date` without arguments, and `Date.now`, called
 * or passed on (`setInterval(Date.now)` reads it as surely). `new Date(x)` only converts.
 */
export function machineClockReads(file: string, text: string): ClockRead[] {
  const source = parse(file, text);
  const reads: ClockRead[] = [];
  const isDate = (node: ts.Node) => ts.isIdentifier(node) && node.text === "Date";
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && isDate(node.expression) && (node.arguments?.length ?? 0) === 0)
      reads.push({ line: lineOf(source, node), kind: "new Date()" });
    if (ts.isPropertyAccessExpression(node) && isDate(node.expression) && node.name.text === "now")
      reads.push({ line: lineOf(source, node), kind: "Date.now" });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return reads;
}
