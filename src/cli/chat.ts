import { createInterface } from 'node:readline';
import type { Answer } from '../answer/types.ts';
import type { Library } from '../library/library.ts';
import { askOnce } from './commands/ask.ts';
import { renderAnswer, renderArticles, renderClaims, renderDisputes, renderSources } from './render.ts';
import { createStyle, type Style } from './style.ts';

export interface ChatOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Colour the output (the caller decides: terminal and no NO_COLOR). */
  color?: boolean;
  /** Show the "you>" prompt (only useful on a terminal). */
  prompt?: boolean;
}

const HELP = `Ask anything about the articles in plain words, or use a command:
  /claims TOPIC [@SOURCE]  claims on a topic, grouped by who makes them (e.g. /claims kursk @zelensky)
  /sources                 who the articles quote, how often, in what stance
  /disputes                where the sources disagree
  /more                    more passages for the last question
  /context N               the sentences around passage N of the last answer
  /articles                list the articles
  /article ID|all          ask about one article only, or all of them again
  /help                    this help
  /quit                    leave (Ctrl-D works too)`;

/** The chat's state: what "/more" and "/context" refer to. */
interface ChatState {
  articleId?: string;
  lastQuestion?: string;
  lastAnswer?: Answer;
  shown: number;
}

const PAGE = 3;

/** One line typed in the chat → the text to print, or null to leave. Pure apart from `state`. */
export function chatReply(library: Library, line: string, state: ChatState, style: Style): string | null {
  const text = line.trim();
  if (!text) return '';
  if (!text.startsWith('/')) {
    const scope = state.articleId ? { articleId: state.articleId } : {};
    const answer = askOnce(library, text, { ...scope, limit: PAGE });
    state.lastQuestion = text;
    state.lastAnswer = answer;
    state.shown = answer.passages.length;
    return renderAnswer(answer, style);
  }
  const [command = '', ...rest] = text.slice(1).split(/\s+/);
  const arg = rest.join(' ').trim();
  const scope = state.articleId ? { articleId: state.articleId } : {};
  switch (command.toLowerCase()) {
    case 'help':
    case '?':
      return HELP;
    case 'quit':
    case 'exit':
    case 'q':
      return null;
    case 'sources':
      return renderSources(library.sources(scope), style);
    case 'disputes':
      return renderDisputes(library.disputes(scope), style);
    case 'articles':
      return renderArticles(library.articles(), style);
    case 'claims': {
      const m = /^(.*?)(?:\s+@(.+))?$/.exec(arg);
      const topic = m?.[1]?.trim() ?? '';
      if (!topic) return 'Name a topic, e.g. /claims kursk (or /claims kursk @zelensky for one source).';
      const source = m?.[2]?.trim();
      return renderClaims(library.claims(topic, { ...scope, ...(source ? { source } : {}) }), style);
    }
    case 'article': {
      if (!arg)
        return `Asking about ${state.articleId ? `article ${state.articleId}` : 'all articles'}. Use /article ID or /article all.`;
      if (arg === 'all') {
        delete state.articleId;
        return 'Asking about all articles again.';
      }
      const found = library.article(arg);
      if (!found) return `There is no article "${arg}". /articles lists them.`;
      state.articleId = found.id;
      return `Asking about “${found.title}” only. /article all to undo.`;
    }
    case 'more': {
      if (!state.lastQuestion || !state.lastAnswer?.answered)
        return 'Ask a question first; /more shows further passages.';
      const answer = askOnce(library, state.lastQuestion, { ...scope, limit: state.shown + PAGE });
      const next = answer.passages.slice(state.shown);
      if (!next.length) return 'No more passages on that question.';
      const rendered = renderAnswer({ ...answer, passages: next }, style);
      state.shown += next.length;
      return rendered;
    }
    case 'context': {
      const n = Number(arg || '1');
      const passage = state.lastAnswer?.passages[n - 1] ?? state.lastAnswer?.related[n - 1];
      if (!passage) return 'Ask a question first, then /context N for the sentences around passage N.';
      const context = library.context(passage.ref, 2);
      if (!context) return 'That passage is no longer in the library.';
      return context.sentences
        .map((s, i) => (i === context.focus ? style.quote(`» ${s.text}`) : style.dim(`  ${s.text}`)))
        .join('\n');
    }
    default:
      return `Unknown command /${command}. Type /help for the list.`;
  }
}

/** The local chat: what `npm start` opens when no Discord token is configured. */
export async function runChat(library: Library, options: ChatOptions = {}): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const style = createStyle(options.color ?? false);
  const showPrompt = options.prompt ?? false;
  const articles = library.articles();
  output.write(
    `${style.bold('article-bot')}: local chat over ${articles.length} article${articles.length === 1 ? '' : 's'} (${articles
      .slice(0, 3)
      .map((a) => `“${a.title}”`)
      .join(', ')}${articles.length > 3 ? ', …' : ''}).\nAsk a question, or /help. /quit to leave.\n`,
  );
  const rl = createInterface({
    input,
    output,
    terminal: showPrompt,
    prompt: showPrompt ? style.bold('you> ') : '',
  });
  const state: ChatState = { shown: 0 };
  if (showPrompt) rl.prompt();
  for await (const line of rl) {
    const reply = chatReply(library, line, state, style);
    if (reply === null) break;
    if (reply) output.write(`${reply}\n\n`);
    if (showPrompt) rl.prompt();
  }
  rl.close();
  output.write('Bye.\n');
}
