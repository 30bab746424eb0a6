/** Type-checks files with the TypeScript compiler API under --strict, returning readable diagnostics. */
import ts from 'typescript';

export function typeCheck(rootNames: string[], extra: ts.CompilerOptions = {}): string[] {
  return compile(rootNames, extra).errors;
}

/** The program too, for tests that ask its type checker (what a hover would show). */
export function compile(rootNames: string[], extra: ts.CompilerOptions = {}): { program: ts.Program; errors: string[] } {
  const program = ts.createProgram(rootNames, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: ['node'],
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    ...extra,
  });
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1}:${character + 1}: TS${d.code}: ${message}`;
  });
  return { program, errors };
}
