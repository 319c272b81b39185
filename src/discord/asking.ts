/**
 * A question from any entry point (/ask, a mention, a DM) or a button on an answer → the reply to
 * send. The core answers; this only scopes the question to the channel's article, keeps what the
 * buttons need, and renders.
 */
import { prepareQuestion } from '../answer/question.ts';
import type { BotContext, Origin } from './context.ts';
import { channelArticle } from './context.ts';
import { articleHash, contextId, moreId, parseButtonId } from './custom-id.ts';
import { echo, renderAnswer } from './render/answer.ts';
import { renderContext } from './render/context.ts';
import type { Reply } from './render/reply.ts';

/** Passages per reply; "More passages" shows the next ones. */
export const PAGE = 3;

export function askReply(ctx: BotContext, raw: string, origin: Origin, ephemeral = false): Reply {
  const prepared = prepareQuestion(raw);
  if (!prepared.ok) return { content: prepared.message, embeds: [], components: [], ephemeral };
  const articleId = channelArticle(ctx, origin.channelId);
  const answer = ctx.library.ask(prepared.question, { limit: PAGE, ...(articleId ? { articleId } : {}) });
  const canHaveMore = answer.answered && answer.passages.length >= PAGE;
  if (canHaveMore)
    ctx.sessions.remember(origin.id, { question: prepared.question, ...(articleId ? { articleId } : {}) });
  return renderAnswer(answer, {
    ephemeral,
    buttons: {
      context: contextId,
      ...(canHaveMore ? { more: moreId(origin.id, answer.passages.length) } : {}),
    },
  });
}

const note = (content: string, ephemeral = true): Reply => ({
  content,
  embeds: [],
  components: [],
  ephemeral,
});

function morePassages(ctx: BotContext, key: string, shown: number, ephemeral: boolean): Reply {
  const session = ctx.sessions.get(key);
  if (!session) return note('That answer is too old for more passages now; please ask the question again.');
  const scope =
    session.articleId && ctx.library.article(session.articleId) ? { articleId: session.articleId } : {};
  const answer = ctx.library.ask(session.question, { ...scope, limit: shown + PAGE });
  const next = answer.answered ? answer.passages.slice(shown) : [];
  if (!next.length) return note(`No more passages on “${echo(session.question)}”.`, ephemeral);
  const canHaveMore = answer.passages.length >= shown + PAGE;
  return renderAnswer(
    { ...answer, passages: next },
    {
      first: shown + 1,
      ephemeral,
      buttons: { context: contextId, ...(canHaveMore ? { more: moreId(key, shown + next.length) } : {}) },
    },
  );
}

function showContext(ctx: BotContext, sentence: number, article: { id: string } | { hash: string }): Reply {
  const articleId =
    'id' in article ? article.id : ctx.library.articles().find((a) => articleHash(a.id) === article.hash)?.id;
  const context = articleId ? ctx.library.context({ articleId, sentence }, 2) : undefined;
  if (!context) return note('That passage is no longer in the articles I have.');
  return renderContext(context);
}

/** A click on one of the answer's buttons. `ephemeral`: the answer it sits on was only for the asker. */
export function buttonReply(ctx: BotContext, customId: string, ephemeral: boolean): Reply {
  const action = parseButtonId(customId);
  if (!action) return note('That button is from an older version of me; please ask again.');
  if (action.kind === 'more') return morePassages(ctx, action.key, action.shown, ephemeral);
  return showContext(ctx, action.sentence, action.article);
}
