import { cardSchema } from '../../decks/schema';
import { clozeProblems } from '../../decks/rules';
import { cardOrds, type CardDefLike } from '../../decks/notes';
import { describeIssues } from '../dispatch';
import type { Handlers } from '../dispatch';
import { AppError } from '../result';
import type { NoteView } from '../types';
import type { Services } from './services';

export function noteHandlers(s: Services): Pick<Handlers, 'notes:get' | 'notes:edit' | 'notes:resolve-update'> {
  function found(deckId: string, key: string): NoteView {
    const note = s.store.notes.get(deckId, key);
    if (!note) throw new AppError('NOT_FOUND', `No card "${key}" in deck "${deckId}"`);
    return note;
  }

  return {
    'notes:get': ({ deckId, key }) => found(deckId, key),

    'notes:edit': ({ deckId, key, content }) => {
      const note = found(deckId, key);
      // An edit follows the same schema as the deck file, and keeps the card's kind and its set of
      // reviewable cards (cloze numbers, reversed twin), so no review history is orphaned.
      const parsed = cardSchema.safeParse({ ...content, id: key, kind: note.kind });
      if (!parsed.success) throw new AppError('INVALID_INPUT', `card "${key}": ${describeIssues(parsed.error)}`);
      if (parsed.data.kind === 'cloze') {
        const problems = clozeProblems(parsed.data.text);
        if (problems.length > 0) throw new AppError('INVALID_INPUT', `card "${key}": field "text": ${problems.join('; ')}`);
      }
      const before = cardOrds({ ...(note.deckContent as object), id: key, kind: note.kind } as CardDefLike);
      const after = cardOrds(parsed.data as CardDefLike);
      if (before.join(',') !== after.join(',')) {
        throw new AppError('INVALID_INPUT', `card "${key}": an edit cannot add or remove cloze numbers or the reversed twin (cards ${before.join(',')} → ${after.join(',')})`);
      }
      const { id: _id, tags: _tags, ...stored } = parsed.data;
      s.store.notes.edit(deckId, key, stored, s.now());
      return found(deckId, key);
    },

    'notes:resolve-update': ({ deckId, key, take }) => {
      found(deckId, key);
      s.store.notes.resolveUpdate(deckId, key, take, s.now());
      return found(deckId, key);
    },
  };
}
