/**
 * What an offered deck update changes, field by field, as plain text to show side by side with
 * the learner's version. Pure.
 */

export interface FieldChange {
  /** The note field: front, back, text, question, options, explanation, answer, prompt, hint, extra. */
  field: string;
  mine: string;
  deck: string;
}

/** Fields in the order a reader meets them on the card; fixed vocabulary (kind, check…) left out. */
const FIELD_ORDER = ['front', 'back', 'text', 'question', 'options', 'explanation', 'answer', 'prompt', 'hint', 'extra'];

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    // Choice options, one per line, the correct ones marked as the editor marks them.
    return value
      .map((o) => {
        const opt = (o ?? {}) as { text?: unknown; correct?: unknown };
        return `${opt.correct === true ? '✓' : '·'} ${typeof opt.text === 'string' ? opt.text : ''}`;
      })
      .join('\n');
  }
  return JSON.stringify(value);
}

export function changedFields(mine: unknown, deck: unknown): FieldChange[] {
  const m = (mine ?? {}) as Record<string, unknown>;
  const d = (deck ?? {}) as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const field of FIELD_ORDER) {
    const a = asText(m[field]);
    const b = asText(d[field]);
    if (a !== b) changes.push({ field, mine: a, deck: b });
  }
  return changes;
}
