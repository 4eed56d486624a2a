import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// Every place in the app's code and tooling that could reach a network, found in the syntax tree
// (so comments and strings do not count, and a renamed import still does). Each is named as
// "<file> <api>"; tests/unit/tooling/network-surface.test.ts compares them with a list of known
// places, each with its reason, and fails on a new one.

/** Modules whose import (not a type-only one) can open a connection, listen, resolve names or start a program that might. */
export const NETWORK_MODULES = [
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'dns',
  'dns/promises',
  'child_process',
  'undici',
  'ws',
  'electron-updater',
  'update-electron-app',
  'electron-builder',
  '@electron/get',
  // Its dev and preview servers listen.
  'vite',
];

/** What Electron exports that reaches out: its network stack, the updater, the crash uploader, the system browser. */
export const ELECTRON_NETWORK_EXPORTS = ['net', 'autoUpdater', 'crashReporter', 'shell'];

/** Names that are network requests, listeners or navigation wherever they are used (web and Node). */
export const NETWORK_NAMES = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'sendBeacon',
  'RTCPeerConnection',
  'importScripts',
  'openExternal',
  'createServer',
  'createConnection',
  'loadURL',
  'setSpellCheckerDictionaryDownloadURL',
];

function moduleName(specifier: string): string | null {
  const bare = specifier.replace(/^node:/, '');
  return NETWORK_MODULES.includes(bare) ? bare : null;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/** The network-capable APIs one source file uses, by name. */
export function networkApisIn(fileName: string, text: string): Set<string> {
  const found = new Set<string>();
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (isTypeOnlyImport(node)) return;
      const specifier = node.moduleSpecifier.text;
      const module = moduleName(specifier);
      if (module) found.add(`import ${module}`);
      const bindings = node.importClause?.namedBindings;
      if (specifier === 'electron' && bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          const imported = (element.propertyName ?? element.name).text;
          if (!element.isTypeOnly && ELECTRON_NETWORK_EXPORTS.includes(imported)) found.add(`electron.${imported}`);
        }
      }
      if (specifier === 'electron' && bindings && ts.isNamespaceImport(bindings)) found.add('electron.*');
      return;
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      const module = moduleName(node.moduleSpecifier.text);
      if (module) found.add(`import ${module}`);
    }
    // Dynamic import() and require() of a network module.
    if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0]!)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        const module = moduleName((node.arguments[0] as ts.StringLiteralLike).text);
        if (module) found.add(`import ${module}`);
      }
    }
    // Type positions name no running code.
    if (ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (ts.isIdentifier(node) && NETWORK_NAMES.includes(node.text)) found.add(node.text);
    if (ts.isPrivateIdentifier(node) && NETWORK_NAMES.includes(node.text.slice(1))) found.add(node.text.slice(1));
    // window.open loads a page in a new window.
    if (
      ts.isPropertyAccessExpression(node) &&
      node.name.text === 'open' &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'window'
    ) {
      found.add('window.open');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** "<file> <api>" for every network-capable use under the given folders of the project. */
export function networkSurface(projectRoot: string, folders: readonly string[]): string[] {
  return folders
    .flatMap((folder) => sourceFiles(path.join(projectRoot, folder)))
    .flatMap((file) => {
      const relative = path.relative(projectRoot, file).split(path.sep).join('/');
      return [...networkApisIn(file, readFileSync(file, 'utf8'))].map((api) => `${relative} ${api}`);
    })
    .sort();
}
