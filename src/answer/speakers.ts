/**
 * Who is quoted where: for each article, each cited source's canonical name, every word the
 * article uses for it (its mentions, plus a title or role written next to its name:
 * "Malaysia's Prime Minister, Najib Razak", "Paul Dewar, an Ottawa New Democrat MP,"), and the
 * sentences attributed to it. Lets "What did the prosecutor say?" find Mr. Tedeschi's sentences.
 */
import type { Article } from '../article/types.ts';
import { isStopWord, termOf, tokenize } from '../search/text.ts';

export interface Speaker {
  articleId: string;
  name: string;
  /** Index terms of every word used for the source (distinct; an array: many speakers, few words). */
  terms: string[];
  sentences: number[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function addWords(into: string[], text: string): void {
  for (const t of tokenize(text)) {
    if (isStopWord(t.word)) continue;
    const term = termOf(t.word);
    if (!into.includes(term)) into.push(term);
  }
}

/** Words written right around a name: up to four before it, and an appositive after it. */
function context(text: string, name: string): string {
  const m = new RegExp(`${escapeRegExp(name)}`, 'i').exec(text);
  if (!m) return '';
  const before = text
    .slice(0, m.index)
    .split(/[.;:"“”()]/)
    .pop()
    ?.split(/\s+/)
    .filter(Boolean)
    .slice(-4)
    .join(' ');
  const after = /^,\s*([^,.;"“”]{2,60}),/.exec(text.slice(m.index + m[0].length))?.[1] ?? '';
  return `${before ?? ''} ${after}`;
}

export function speakersOf(article: Article): Speaker[] {
  const byName = new Map<string, Speaker>();
  for (const s of article.sentences) {
    for (const source of s.sources) {
      let sp = byName.get(source.name);
      if (!sp) {
        sp = { articleId: article.id, name: source.name, terms: [], sentences: [] };
        byName.set(source.name, sp);
      }
      addWords(sp.terms, source.name);
      addWords(sp.terms, source.mention);
      addWords(sp.terms, context(s.text, source.mention || source.name));
      if (!sp.sentences.includes(s.id)) sp.sentences.push(s.id);
    }
  }
  return [...byName.values()];
}
