import ts from 'typescript';

/**
 * The names of every named type reachable from a module's exports, as a consumer's compiler sees
 * them: through properties, call and construct signatures, type arguments, unions,
 * intersections, index signatures, base types and the interfaces a class implements. Used to
 * prove that no AI SDK 7 (V4) type leaks into the AI SDK 6 entry.
 */
export function collectReachableTypeNames(options: {
  /** The consumer app's program. */
  program: ts.Program;
  /** A file of the app that imports `moduleName`. */
  entryFile: string;
  moduleName: string;
}): Set<string> {
  const { program } = options;
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(options.entryFile);
  const specifier = source?.statements
    .filter(ts.isImportDeclaration)
    .map((statement) => statement.moduleSpecifier)
    .find((node) => ts.isStringLiteral(node) && node.text === options.moduleName);
  const moduleSymbol = specifier != null ? checker.getSymbolAtLocation(specifier) : undefined;
  if (moduleSymbol == null)
    throw new Error(`${options.entryFile} does not import ${options.moduleName}`);

  const names = new Set<string>();
  // Named types are expanded once per declaration (not per generic instantiation, which would
  // never end); anonymous ones once per type object. Types from the standard library, Node and
  // zod are named but not entered.
  const expanded = new Set<ts.Symbol | ts.Type>();
  const read = new Set<ts.Type>();
  const pending: ts.Type[] = [];
  const visit = (type: ts.Type) => {
    pending.push(type);
  };
  const visitSymbol = (symbol: ts.Symbol) => {
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (declaration == null) return;
    visit(checker.getTypeOfSymbolAtLocation(symbol, declaration));
  };
  const visitSignature = (signature: ts.Signature) => {
    for (const parameter of signature.parameters) visitSymbol(parameter);
    visit(signature.getReturnType());
  };
  const expand = (type: ts.Type) => {
    if (read.has(type)) return;
    read.add(type);
    const named = [type.aliasSymbol, type.getSymbol()].find(
      (symbol) => symbol != null && !symbol.getName().startsWith('__'),
    );
    if (named != null) names.add(named.getName());
    // Type arguments and union members belong to this use of a type, so they are always read.
    for (const argument of type.aliasTypeArguments ?? []) visit(argument);
    if (type.isUnionOrIntersection()) for (const member of type.types) visit(member);
    const isReference =
      type.flags & ts.TypeFlags.Object &&
      (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference;
    if (isReference) {
      for (const argument of checker.getTypeArguments(type as ts.TypeReference)) visit(argument);
    }

    const key = named ?? type;
    if (expanded.has(key)) return;
    expanded.add(key);
    if (!(type.flags & ts.TypeFlags.Object)) return;
    if (named != null && isOutsideTheAISDK(named)) return;
    const object = type as ts.ObjectType;
    if (object.isClassOrInterface()) {
      for (const base of checker.getBaseTypes(object)) visit(base);
      // A class's `implements` clause names types the compiler does not count as base types.
      for (const declaration of object.getSymbol()?.declarations ?? []) {
        if (!ts.isClassDeclaration(declaration)) continue;
        for (const clause of declaration.heritageClauses ?? []) {
          if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;
          for (const implemented of clause.types) visit(checker.getTypeAtLocation(implemented));
        }
      }
    }
    for (const property of type.getProperties()) visitSymbol(property);
    for (const signature of type.getCallSignatures()) visitSignature(signature);
    for (const signature of type.getConstructSignatures()) visitSignature(signature);
    for (const info of checker.getIndexInfosOfType(type)) visit(info.type);
  };

  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    names.add(symbol.getName());
    if (
      symbol.flags &
      (ts.SymbolFlags.Type | ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)
    ) {
      visit(checker.getDeclaredTypeOfSymbol(symbol));
    }
    if (symbol.flags & ts.SymbolFlags.Value) visitSymbol(symbol);
  }
  for (let type = pending.pop(); type != null; type = pending.pop()) {
    if (read.size > 500_000) throw new Error('the type graph did not end; the walk is wrong');
    expand(type);
  }
  return names;
}

const NOT_ENTERED = /[\\/](typescript[\\/]lib|@types[\\/]node|zod)[\\/]/;

function isOutsideTheAISDK(symbol: ts.Symbol): boolean {
  const file = symbol.declarations?.[0]?.getSourceFile().fileName ?? '';
  return NOT_ENTERED.test(file);
}
