/**
 * kubectl explain's plaintext layout (kubectl/pkg/explain/v2/templates/plaintext.tmpl, 1.32):
 * KIND / GROUP / VERSION, then FIELD (for a field path), DESCRIPTION wrapped at 80 columns with a
 * 4-space indent, and FIELDS with each field's type, `-required-` mark, enum values and
 * description — or, with --recursive, the field tree by name and type only.
 */
import type { FieldDef, ModelDef, Models } from './schema-types';

export interface ExplainTarget {
  kind: string;
  group: string;
  version: string;
  /** The model explained: the kind's own or the type of the field at the end of the path. */
  model?: ModelDef;
  /** Set for a field path: the field's name and definition. */
  field?: { name: string; def: FieldDef };
}

const WIDTH = 80;

/** go-wordwrap's WrapString: greedy, breaking at spaces, keeping the text's own line breaks. */
export function wrap(text: string, limit: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= limit) line += ' ' + word;
      else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
  }
  return out;
}

function indented(text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return wrap(text, WIDTH - indent).map((l) => (l ? pad + l : '')).join('\n') + '\n';
}

/** The model a field type names: `[]Container` → Container, `map[string]Foo` → Foo. */
export function modelName(type: string): string {
  return type.replace(/^\[\]/, '').replace(/^map\[string\]/, '');
}

function fieldHead(name: string, def: FieldDef, indent: number): string {
  return `${' '.repeat(indent)}${name}\t<${def.type}>${def.required ? ' -required-' : ''}\n`;
}

function fieldList(model: ModelDef): string {
  const names = Object.keys(model.fields).sort();
  return names
    .map((name) => {
      const def = model.fields[name]!;
      const enumLine = def.enum ? `  enum: ${def.enum.join(', ')}\n` : '';
      return fieldHead(name, def, 2) + enumLine + indented(def.description, 4);
    })
    .join('\n');
}

function recursiveList(model: ModelDef, models: Models, indent: number, seen: ReadonlySet<string>): string {
  let out = '';
  for (const name of Object.keys(model.fields).sort()) {
    const def = model.fields[name]!;
    out += fieldHead(name, def, indent);
    const child = models[modelName(def.type)];
    // Recursive types (JSONSchemaProps...) are printed once, as kubectl does.
    if (child && !seen.has(modelName(def.type))) out += recursiveList(child, models, indent + 2, new Set([...seen, modelName(def.type)]));
  }
  return out;
}

export function renderExplain(t: ExplainTarget, models: Models, recursive: boolean): string {
  let out = `KIND:       ${t.kind}\n`;
  if (t.group) out += `GROUP:      ${t.group}\n`;
  out += `VERSION:    ${t.version}\n\n`;
  if (t.field) {
    out += `FIELD: ${t.field.name} <${t.field.def.type}>\n`;
    if (t.field.def.enum) out += `ENUM:\n${t.field.def.enum.map((e) => `    ${e}\n`).join('')}`;
    out += '\n';
  }
  const descriptions = [t.field?.def.description, t.model?.description].filter((d): d is string => !!d);
  out += `DESCRIPTION:\n${descriptions.map((d) => indented(d, 4)).join('')}    \n`;
  if (t.model && Object.keys(t.model.fields).length) {
    out += 'FIELDS:\n';
    out += recursive ? recursiveList(t.model, models, 2, new Set([t.model === models[t.kind] ? t.kind : ''])) : fieldList(t.model) + '\n';
  }
  return out;
}
