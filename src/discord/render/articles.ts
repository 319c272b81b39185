/** `/article list` and `/article show`. */
import type { Article } from '../../article/types.ts';
import type { ArticleSummary } from '../../library/library.ts';
import { LIMITS } from '../limits.ts';
import { clip, escapeMarkdown, oneLine, safe } from '../text.ts';
import type { Reply } from './reply.ts';

const meta = (a: Pick<ArticleSummary, 'publisher' | 'date'>) =>
  [a.publisher, a.date].filter((s): s is string => !!s).map((s) => escapeMarkdown(oneLine(s)));

export function renderArticleList(articles: readonly ArticleSummary[], chosen?: string): Reply {
  if (!articles.length) return { content: 'There are no articles loaded.', embeds: [], components: [] };
  const lines = articles.map((a) => {
    const title = safe(oneLine(a.title) || a.id, 150);
    const linked = a.url && a.url.length < 300 ? `[${title}](${a.url})` : title;
    const mark = a.id === chosen ? ' ← this channel' : '';
    return `• **${linked}**${mark}\n  \`${a.id}\` · ${a.sentences} sentences${meta(a).length ? ` · ${meta(a).join(' · ')}` : ''}`;
  });
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 40 > LIMITS.embedDescription) {
      out.push(`…and ${lines.length - out.length} more.`);
      break;
    }
    out.push(line);
    used += line.length + 1;
  }
  const scope = chosen
    ? 'This channel asks about one article (`/article use all` to ask about every one).'
    : 'This channel asks about every article (`/article use` to pick one).';
  return {
    content: scope,
    embeds: [{ title: `Articles (${articles.length})`, description: out.join('\n') }],
    components: [],
  };
}

export function renderArticle(article: Article, chosen: boolean): Reply {
  // The opening paragraphs as a preview, whole sentences where they fit.
  const preview = article.paragraphs.slice(0, 3).map((p) => safe(oneLine(p), 1200));
  const fields = [
    { name: 'Id', value: `\`${article.id}\``, inline: true },
    { name: 'Sentences', value: String(article.sentences.length), inline: true },
    { name: 'Paragraphs', value: String(article.paragraphs.length), inline: true },
    ...meta(article).map((value, i) => ({
      name: i === 0 && article.publisher ? 'Publisher' : 'Date',
      value,
      inline: true,
    })),
  ];
  return {
    content: chosen
      ? 'This channel asks about this article.'
      : `Use \`/article use ${article.id}\` to ask about this article only.`,
    embeds: [
      {
        title: clip(oneLine(article.title) || article.id, LIMITS.embedTitle),
        ...(article.url ? { url: article.url } : {}),
        description: clip(preview.join('\n\n'), 3600) || '—',
        fields,
        footer: { text: clip(article.file, 200) },
      },
    ],
    components: [],
  };
}
