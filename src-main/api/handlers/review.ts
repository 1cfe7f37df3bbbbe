import type { Handlers } from '../dispatch';
import * as review from '../review/session';
import type { Services } from './services';

type ReviewMethods =
  | 'review:next'
  | 'review:answer'
  | 'review:check'
  | 'review:undo'
  | 'review:suspend'
  | 'review:bury'
  | 'review:content'
  | 'today:summary';

export function reviewHandlers(s: Services): Pick<Handlers, ReviewMethods> {
  return {
    'review:next': (input) => review.next(s, input),
    'review:answer': (input) => review.answer(s, input),
    'review:check': (input) => review.check(s, input),
    'review:undo': () => review.undoLast(s),
    'review:suspend': (input) => review.suspend(s, input),
    'review:bury': (input) => review.bury(s, input),
    'review:content': (input) => review.content(s, input),
    'today:summary': (input) => review.todaySummary(s, input),
  };
}
