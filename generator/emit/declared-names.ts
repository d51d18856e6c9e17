/**
 * Every name the top level of a module binds or exports by name, read from its text: imported names
 * (the alias where there is one), names re-exported from another module, and declarations. Reads the
 * shapes the emitters and templates write: one statement per line start, `{ … }` lists spanning lines.
 * An `export *` contributes nothing here; read the module it names.
 */
export function declaredNames(text: string): string[] {
  const names: string[] = [];
  for (const [, list] of text.matchAll(/^(?:import|export)(?: type)? \{([^}]*)\} from /gm)) {
    for (const item of list!.split(",")) {
      const name = item
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .at(-1)!;
      if (name !== "") names.push(name);
    }
  }
  for (const [, name] of text.matchAll(/^import \* as ([\w$]+)/gm)) names.push(name!);
  for (const [, name] of text.matchAll(/^(?:export )?(?:declare )?(?:function|const|let|var|class|enum|type|interface) ([\w$]+)/gm)) names.push(name!);
  return names;
}
