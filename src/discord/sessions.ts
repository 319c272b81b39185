/**
 * What "More passages" needs to continue an answer: the question and its scope, kept per answered
 * message (keyed by the id of the interaction or message that asked). Bounded: the oldest go first,
 * and a button on an answer that has gone says so politely.
 */
export interface AnswerSession {
  question: string;
  articleId?: string;
}

export interface AnswerSessions {
  remember(key: string, session: AnswerSession): void;
  get(key: string): AnswerSession | undefined;
  readonly size: number;
}

export function createSessions(capacity = 5000): AnswerSessions {
  const map = new Map<string, AnswerSession>();
  return {
    remember(key, session) {
      map.delete(key);
      map.set(key, session);
      while (map.size > capacity) {
        const oldest = map.keys().next().value;
        if (oldest === undefined) break;
        map.delete(oldest);
      }
    },
    get(key) {
      const found = map.get(key);
      if (found) {
        // Recently used answers stay longest.
        map.delete(key);
        map.set(key, found);
      }
      return found;
    },
    get size() {
      return map.size;
    },
  };
}
