/**
 * The names of the package's public API, read with the TypeScript compiler from the sources of
 * every entry point (`src/index.ts`, `src/csv/index.ts` …, after package.json's "exports"): the
 * exported names, and every identifier or string value their declared types mention (fields,
 * enum values, role names …).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface ApiNames {
  /** The names `to-cong-nghe-so` exports, from any of its entry points. */
  readonly exports: ReadonlySet<string>;
  /** The exported names and every word of their types. */
  readonly words: ReadonlySet<string>;
}

let cached: ApiNames | undefined;

/** The public API's names (computed once per process). */
export function apiNames(): ApiNames {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  const entries = Object.keys(pkg.exports)
    .filter((key) => !key.endsWith('.json'))
    .map((key) =>
      fileURLToPath(
        new URL(
          key === '.' ? '../../src/index.ts' : `../../src/${key.slice(2)}/index.ts`,
          import.meta.url,
        ),
      ),
    );
  const program = ts.createProgram(entries, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const symbols = entries.flatMap((entry) => {
    const source = program.getSourceFile(entry);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${entry} has no exports`);
    return checker.getExportsOfModule(moduleSymbol);
  });
  const exports = new Set<string>();
  const words = new Set<string>();
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias;
  const addWords = (text: string) => {
    for (const word of text.match(/[A-Za-z_$][\w$]*/gu) ?? []) words.add(word);
  };
  for (const symbol of symbols) {
    exports.add(symbol.name);
    words.add(symbol.name);
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declaration = target.declarations?.[0];
    if (!declaration) continue;
    const type =
      target.flags & (ts.SymbolFlags.Type | ts.SymbolFlags.Interface)
        ? checker.getDeclaredTypeOfSymbol(target)
        : checker.getTypeOfSymbolAtLocation(target, declaration);
    addWords(checker.typeToString(type, undefined, flags));
    for (const property of type.getProperties()) {
      words.add(property.name);
      const inner = checker.getTypeOfSymbolAtLocation(property, declaration);
      addWords(checker.typeToString(inner, undefined, flags));
    }
  }
  cached = { exports, words };
  return cached;
}
