/**
 * Button ids carry what the button needs (Discord allows 100 characters), so a button keeps working
 * for as long as what it points at exists:
 * - `more:<answer key>:<passages shown>`: the question itself is kept in the sessions under its key;
 * - `ctx:<sentence>:<article id>`, or `ctx:<sentence>:#<hash>` for an article id too long to fit.
 */
import type { PassageRef } from '../answer/types.ts';
import { LIMITS } from './limits.ts';

export type ButtonAction =
  | { kind: 'more'; key: string; shown: number }
  | { kind: 'context'; sentence: number; article: { id: string } | { hash: string } };

/** FNV-1a, base 36: short, stable across restarts, enough to tell a handful of articles apart. */
export function articleHash(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export const moreId = (key: string, shown: number) => `more:${key}:${shown}`;

export function contextId(ref: PassageRef): string {
  const inline = `ctx:${ref.sentence}:${ref.articleId}`;
  // An id that starts with "#" would read as a hash: it goes by its hash too.
  return inline.length <= LIMITS.customId && !ref.articleId.startsWith('#')
    ? inline
    : `ctx:${ref.sentence}:#${articleHash(ref.articleId)}`;
}

export function parseButtonId(id: string): ButtonAction | undefined {
  const more = /^more:([^:]+):(\d+)$/.exec(id);
  if (more?.[1] && more[2]) return { kind: 'more', key: more[1], shown: Number(more[2]) };
  const ctx = /^ctx:(\d+):(.+)$/.exec(id);
  if (ctx?.[1] && ctx[2]) {
    const sentence = Number(ctx[1]);
    return ctx[2].startsWith('#')
      ? { kind: 'context', sentence, article: { hash: ctx[2].slice(1) } }
      : { kind: 'context', sentence, article: { id: ctx[2] } };
  }
  return undefined;
}
