/** "Show context": the sentences around a quoted passage, the passage itself in bold. */
import type { SentenceContext } from '../../library/library.ts';
import { LIMITS } from '../limits.ts';
import { clip, oneLine, safe } from '../text.ts';
import type { Reply } from './reply.ts';
import { STANCE_COLOR } from './stance.ts';

export function renderContext(context: SentenceContext): Reply {
  const count = Math.max(1, context.sentences.length);
  // Each sentence gets an equal share, so the bold one is never cut open by a later trim.
  const share = Math.floor((LIMITS.embedDescription - 2 * count) / count) - 6;
  const lines = context.sentences.map((s, i) =>
    i === context.focus ? `**${safe(oneLine(s.text), share)}**` : safe(oneLine(s.text), share),
  );
  const focus = context.sentences[context.focus];
  const embed = {
    author: { name: 'Context' },
    title: clip(oneLine(context.article.title) || context.article.id, LIMITS.embedTitle),
    description: lines.join('\n\n'),
    ...(focus ? { color: STANCE_COLOR[focus.stance] } : {}),
    ...(context.article.url ? { url: context.article.url } : {}),
    ...(focus ? { footer: { text: `paragraph ${focus.paragraph + 1}, sentence ${focus.index + 1}` } } : {}),
  };
  return { embeds: [embed], components: [], ephemeral: true };
}
