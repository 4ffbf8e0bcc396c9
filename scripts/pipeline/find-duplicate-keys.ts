import { visit, type JSONPath } from 'jsonc-parser';

/** A key that appears twice in one JSON object: its JSON path (`$.sources[0].key`) and the line (from 1) of the repeat. */
export interface DuplicateKey {
  at: string;
  line: number;
}

/** `$.sources[0].files` from jsonc-parser's path segments. */
export function jsonPathText(segments: JSONPath): string {
  return segments.reduce<string>((text, s) => (typeof s === 'number' ? `${text}[${s}]` : `${text}.${s}`), '$');
}

/**
 * Every key repeated inside one object of a JSON text (JSON.parse keeps the
 * last silently), in text order, found with jsonc-parser's visitor.
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const open: Set<string>[] = [];
  const found: DuplicateKey[] = [];
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (name, _offset, _length, startLine, _startCharacter, pathSupplier) => {
      const keys = open[open.length - 1];
      if (keys.has(name)) found.push({ at: jsonPathText([...pathSupplier(), name]), line: startLine + 1 });
      keys.add(name);
    },
  }, { disallowComments: true, allowTrailingComma: false });
  return found;
}
