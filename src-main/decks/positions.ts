/**
 * Maps a path into the parsed value (`['cards', 3, 'back']`) back to a line of the YAML text,
 * so every error can point where the author has to look.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type ValuePath = readonly PropertyKey[];

export class Positions {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /**
   * The line of the deepest node the path reaches: the key's line when the path ends on a key
   * that exists, the enclosing map's first line when it ends on a missing key (a required field).
   */
  lineOf(path: ValuePath): number {
    let node: unknown = this.doc.contents;
    let line = this.lineAt(node as Node | null) ?? 1;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyValue(p.key) === segment);
        if (!pair) break;
        line = this.lineAt(pair.key as Node) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) break;
        line = this.lineAt(item as Node) ?? line;
        node = item;
      } else {
        break;
      }
    }
    return line;
  }

  lineOfOffset(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  private lineAt(node: Node | null | undefined): number | undefined {
    const start = node?.range?.[0];
    return start === undefined ? undefined : this.lineOfOffset(start);
  }
}

function keyValue(key: unknown): unknown {
  return isScalar(key) ? key.value : key;
}

/** `options[1].text` for `['options', 1, 'text']`. */
export function fieldName(path: ValuePath): string | undefined {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? undefined : out;
}
