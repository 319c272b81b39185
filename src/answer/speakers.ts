/**
 * Who is quoted where: for each article, each cited source's canonical name, every word the
 * article uses for it (its mentions, plus a title or role written next to its name:
 * "Malaysia's Prime Minister, Najib Razak", "Paul Dewar, an Ottawa New Democrat MP,"), and the
 * sentences attributed to it. Lets "What did the prosecutor say?" find Mr. Tedeschi's sentences.
 */
import { CONNECTIVES_IN_NAMES, ORGANISATION_WORDS } from '../article/attribution/lexicon.ts';
import type { Article } from '../article/types.ts';
import { isStopWord, termOf, tokenize } from '../search/text.ts';

export interface Speaker {
  articleId: string;
  name: string;
  /** Index terms of every word used for the source (distinct; an array: many speakers, few words). */
  terms: string[];
  sentences: number[];
}

/** A speaker matched by a question, before it is made an object: where, and how much it says. */
export interface SpeakerMatch {
  articleId: string;
  sentences: number;
  /** Which speaker (the index's own reference). */
  ref: number;
}

/** The term every speaker who is an expert of some kind also has (see speakersOf). */
export const EXPERT = 'expert';
/** Terms of roles that are expertise ("scientists", "a specialist"), not an office. */
export const EXPERT_ROLES = new Set([
  'expert',
  'specialist',
  'scientist',
  'analyst',
  'academ',
  'professor',
  'prof',
]);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function addTerm(into: string[], term: string): void {
  if (!into.includes(term)) into.push(term);
}

function addWords(into: string[], text: string): void {
  for (const t of tokenize(text)) if (!isStopWord(t.word)) addTerm(into, termOf(t.word));
}

/** Words that join a name's capitalised words ("Association of School Leaders"). */
const joinsName = (word: string): boolean => {
  const w = word.toLowerCase();
  return CONNECTIVES_IN_NAMES.has(w) || w === 'the' || w === 'on';
};

/**
 * The letters of a name's capitalised words ("the Association of School Leaders" → "asl"), if it
 * has two to six; lower case, as acronyms are looked up.
 */
export function initials(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => w && !joinsName(w));
  if (words.length < 2 || words.length > 6 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w.charAt(0).toLowerCase()).join('');
}

/**
 * The article's names that a definite description in `words` stands for: "the board" (also "the
 * board's") for a name of capitalised words ending in "Board" ("the National Assessment Board").
 * Common nouns only, after "the"; `cache` keeps each head noun's names for the article.
 */
export function namedBy(articleText: string, words: string, cache: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const m of words.matchAll(/\b[Tt]he\s+(\p{Ll}[\p{Ll}-]{2,})(?:'s|’s)?\b/gu)) {
    const head = m[1] as string;
    let found = cache.get(head);
    if (!found) {
      const capital = head.charAt(0).toUpperCase() + head.slice(1);
      const name = new RegExp(
        `(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?){1,5}${escapeRegExp(capital)}\\b`,
        'gu',
      );
      // A name of two words at least besides "the", "of" ("The Board" opening a sentence is none).
      found = [...new Set([...articleText.matchAll(name)].map((n) => n[0]))].filter(
        (n) => n.split(/\s+/).filter((w) => !joinsName(w)).length >= 2,
      );
      cache.set(head, found);
    }
    for (const n of found) if (!out.includes(n)) out.push(n);
  }
  return out;
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
  // The appositive ends at a comma, or at the sentence's end or a relative clause ("said Dr. Peter
  // Okafor, a cardiologist at King's College London who was not involved").
  const after =
    /^,\s*([^,.;"“”]{2,60}?)(?=,|\.|;|$|\s+(?:who|which|whose|where)\b)/.exec(
      text.slice(m.index + m[0].length),
    )?.[1] ?? '';
  return `${before ?? ''} ${after} ${describedBy(text.slice(m.index + m[0].length))}`;
}

/** Words that may open a relative clause before its verb ("who has long farmed", "who also runs"). */
const CLAUSE_OPENERS = /^(?:(?:has|have|had|is|was|are|were|been|also|now|still|once|long|not)\s+)+/;

/**
 * A relative clause describing the name just before `after` ("Sarah Maitland, who grows apples
 * near Faversham"), after an appositive or not, with the agent noun of its verb ("grower"): what
 * "the grower near Faversham" is.
 */
function describedBy(after: string): string {
  const clause = /^,\s*(?:[^,.;"“”]{0,60}?[\s,]\s*)?who\s+([^,.;"“”]{2,80})/.exec(after)?.[1];
  if (!clause) return '';
  const verb = clause.replace(CLAUSE_OPENERS, '').split(/\s+/)[0] ?? '';
  const root = /^(\p{Ll}{3,}?)(?:es|s|ed)?$/u.exec(verb)?.[1];
  const agent = root && !/(?:ch|sh|ss|x)$/.test(root) && verb.endsWith('es') ? `${root}e` : root;
  return agent ? `${clause} ${agent}${agent.endsWith('e') ? 'r' : 'er'}` : clause;
}

/**
 * Whom "its" or "their" at the head of a mention ("Its chairman") stands for: the sources of the
 * sentence before, or else the organisations it names ("… organised by the Irish Creamery Milk
 * Suppliers Association (ICMSA).": capitalised words one of which is an organisation word, with
 * the acronym after them).
 */
function owners(article: Article, sentenceId: number): string[] {
  const before = article.sentences[sentenceId - 1];
  if (!before) return [];
  if (before.sources.length) return before.sources.map((x) => x.name);
  const names =
    before.text.match(
      /(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,6}\p{Lu}[\p{L}'’-]*(?:\s+\(\p{Lu}{2,8}\))?/gu,
    ) ?? [];
  return names.filter((n) =>
    n
      .replace(/\s+\(.*$/, '')
      .split(/\s+/)
      .some((w) => ORGANISATION_WORDS.has(w.toLowerCase())),
  );
}

/**
 * The article's sources as speakers. `spelt`: what the article spells an acronym out as (lower-case
 * letters → index terms), so that a source named by its acronym is found by those words too.
 */
export function speakersOf(
  article: Article,
  spelt: (letters: string) => readonly string[] | undefined = () => undefined,
  roles: (word: string) => readonly string[] = () => [],
): Speaker[] {
  const byName = new Map<string, Speaker>();
  /** Capitalised names of the article by their head noun, found once per head noun. */
  const names = new Map<string, string[]>();
  const text = article.paragraphs.join('\n');
  for (const s of article.sentences) {
    for (const source of s.sources) {
      let sp = byName.get(source.name);
      if (!sp) {
        sp = { articleId: article.id, name: source.name, terms: [], sentences: [] };
        byName.set(source.name, sp);
      }
      addWords(sp.terms, source.name);
      addWords(sp.terms, source.mention);
      const around = context(s.text, source.mention || source.name);
      addWords(sp.terms, around);
      // A role is also what it is a kind of ("a cardiologist" is a doctor): "what did the doctor say".
      for (const t of tokenize(`${source.mention} ${around}`))
        if (!t.capital && !isStopWord(t.word)) for (const term of roles(t.word)) addTerm(sp.terms, term);
      for (const t of tokenize(`${source.name} ${source.mention} ${around}`))
        if (/^\p{Lu}{2,6}s?$/u.test(t.raw))
          for (const term of spelt(t.word.replace(/s$/, '')) ?? []) addTerm(sp.terms, term);
      // "Its chairman, Declan Hurley," speaks for the organisation of the sentence before.
      if (/^(?:its|their)\s/i.test(source.mention))
        for (const name of owners(article, s.id)) addWords(sp.terms, name);
      // "The board's chief executive", "according to the board": the organisation the article
      // names with that head noun ("the National Assessment Board") is meant, by its words too.
      const described = namedBy(text, `${source.mention} ${around}`, names);
      for (const name of described) addWords(sp.terms, name);
      // … and by the acronym the article gives it ("the Association of School Leaders (ASL)").
      for (const name of [source.name, ...described]) {
        const letters = initials(name);
        if (letters && spelt(letters)) addTerm(sp.terms, termOf(letters));
      }
      if (!sp.sentences.includes(s.id)) sp.sentences.push(s.id);
    }
  }
  // A person's title may stand next to the name where the article does not quote them ("Club
  // chairman Martin Hartley welcomed the decision." before '"…," he said.'): "the club chairman".
  for (const sp of byName.values()) {
    if (!/^\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'-]+)+$/u.test(sp.name)) continue;
    for (const s of article.sentences)
      if (!s.sources.some((x) => x.name === sp.name) && s.text.includes(sp.name))
        addWords(sp.terms, context(s.text, sp.name));
  }
  // A field's specialist ("volcanologist", "epidemiologist") and a scientist, analyst or academic
  // are experts: "what does the volcano expert think" (see EXPERT).
  for (const sp of byName.values())
    if (sp.terms.some((t) => EXPERT_ROLES.has(t) || /.{3}ologist$/.test(t))) addTerm(sp.terms, EXPERT);
  return [...byName.values()];
}

/**
 * Speakers as data for a snapshot: terms as positions in the index's terms (the same strings,
 * stored and read once; others listed apart), sentences packed: 67,000 speakers of 10,000
 * articles as objects took 27 MB.
 */
export interface SpeakerTable {
  articleIds: string[];
  article: Int32Array;
  names: string[];
  /** Speaker i's terms are terms[termEnds[i - 1] .. termEnds[i]). */
  termEnds: Int32Array;
  /** Positions in the index's terms; past them, in `otherTerms`. */
  terms: Int32Array;
  otherTerms: string[];
  sentenceEnds: Int32Array;
  sentences: Int32Array;
}

export function speakerTable(speakers: readonly Speaker[], indexTerms: readonly string[]): SpeakerTable {
  const at = new Map(indexTerms.map((t, i) => [t, i]));
  const articles = new Map<string, number>();
  const others = new Map<string, number>();
  const terms: number[] = [];
  const sentences: number[] = [];
  const table: SpeakerTable = {
    articleIds: [],
    article: new Int32Array(speakers.length),
    names: [],
    termEnds: new Int32Array(speakers.length),
    terms: new Int32Array(0),
    otherTerms: [],
    sentenceEnds: new Int32Array(speakers.length),
    sentences: new Int32Array(0),
  };
  speakers.forEach((sp, i) => {
    let a = articles.get(sp.articleId);
    if (a === undefined) {
      a = table.articleIds.push(sp.articleId) - 1;
      articles.set(sp.articleId, a);
    }
    table.article[i] = a;
    table.names.push(sp.name);
    for (const t of sp.terms) {
      let id = at.get(t);
      if (id === undefined) {
        id = others.get(t);
        if (id === undefined) {
          id = indexTerms.length + table.otherTerms.push(t) - 1;
          others.set(t, id);
        }
      }
      terms.push(id);
    }
    table.termEnds[i] = terms.length;
    sentences.push(...sp.sentences);
    table.sentenceEnds[i] = sentences.length;
  });
  table.terms = Int32Array.from(terms);
  table.sentences = Int32Array.from(sentences);
  return table;
}

/** Packed list ranges: start × RANGE + count. */
const RANGE = 2 ** 24;

/**
 * Every article's speakers, for finding whose words a question asks for. Those of a snapshot stay
 * packed (a table and an inverted list of term → speakers) and become objects only when a
 * question's words pick them; articles added since live as objects beside them.
 */
export class SpeakerIndex {
  private table: SpeakerTable | undefined;
  private terms: readonly string[] = [];
  private byTerm = new Map<string, number>();
  private postings = new Int32Array(0);
  /** Articles of the table that were removed or replaced since. */
  private readonly gone = new Set<string>();
  private readonly live = new Map<string, Speaker[]>();
  private readonly liveByTerm = new Map<string, Speaker[]>();

  static restore(table: SpeakerTable, indexTerms: readonly string[]): SpeakerIndex {
    const index = new SpeakerIndex();
    index.table = table;
    index.terms = indexTerms;
    // Inverted lists by counting first, then filling: no array per term while 10,000 articles load.
    const termCount = indexTerms.length + table.otherTerms.length;
    const counts = new Int32Array(termCount + 1);
    for (const t of table.terms) counts[t + 1] = (counts[t + 1] as number) + 1;
    for (let t = 0; t < termCount; t++) counts[t + 1] = (counts[t + 1] as number) + (counts[t] as number);
    index.postings = new Int32Array(table.terms.length);
    const fill = counts.slice(0, termCount);
    table.names.forEach((_, i) => {
      const from = i ? (table.termEnds[i - 1] as number) : 0;
      for (let j = from; j < (table.termEnds[i] as number); j++) {
        const t = table.terms[j] as number;
        index.postings[fill[t] as number] = i;
        fill[t] = (fill[t] as number) + 1;
      }
    });
    for (let t = 0; t < termCount; t++) {
      const n = (counts[t + 1] as number) - (counts[t] as number);
      if (n) index.byTerm.set(index.term(t), (counts[t] as number) * RANGE + n);
    }
    return index;
  }

  private term(id: number): string {
    const table = this.table as SpeakerTable;
    return this.terms[id] ?? table.otherTerms[id - this.terms.length] ?? '';
  }

  private speaker(i: number): Speaker {
    const table = this.table as SpeakerTable;
    const t0 = i ? (table.termEnds[i - 1] as number) : 0;
    const s0 = i ? (table.sentenceEnds[i - 1] as number) : 0;
    return {
      articleId: table.articleIds[table.article[i] as number] ?? '',
      name: table.names[i] ?? '',
      terms: Array.from(table.terms.subarray(t0, table.termEnds[i]), (t) => this.term(t)),
      sentences: Array.from(table.sentences.subarray(s0, table.sentenceEnds[i])),
    };
  }

  add(articleId: string, speakers: Speaker[]): void {
    this.remove(articleId);
    this.live.set(articleId, speakers);
    for (const sp of speakers)
      for (const t of sp.terms) {
        const list = this.liveByTerm.get(t);
        if (list) list.push(sp);
        else this.liveByTerm.set(t, [sp]);
      }
  }

  remove(articleId: string): void {
    this.gone.add(articleId);
    for (const sp of this.live.get(articleId) ?? [])
      for (const t of sp.terms) {
        const kept = (this.liveByTerm.get(t) ?? []).filter((x) => x !== sp);
        if (kept.length) this.liveByTerm.set(t, kept);
        else this.liveByTerm.delete(t);
      }
    this.live.delete(articleId);
  }

  /** Whether packed speaker `i` has `term` among its words: a binary search in the term's list. */
  private packedHas(i: number, term: string): boolean {
    const range = this.byTerm.get(term);
    if (range === undefined) return false;
    let lo = Math.floor(range / RANGE);
    let hi = lo + (range % RANGE) - 1;
    const postings = this.postings;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = postings[mid] as number;
      if (v === i) return true;
      if (v < i) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Whether every word has an alternative all of whose terms packed speaker `i` has. */
  private packedFits(i: number, words: readonly (readonly (readonly string[])[])[]): boolean {
    for (const alternatives of words) {
      let fits = false;
      for (const terms of alternatives) {
        let all = true;
        for (const term of terms)
          if (!this.packedHas(i, term)) {
            all = false;
            break;
          }
        if (all) {
          fits = true;
          break;
        }
      }
      if (!fits) return false;
    }
    return true;
  }

  /**
   * Speakers that every word fits: a word is a list of alternatives, each a list of terms that
   * must all be among the speaker's words. Candidates come from the word with the fewest;
   * speakers of the snapshot are checked on their packed lists and become objects only once
   * chosen by `choose` (from the matching ones' articles and sentence counts): "the president"
   * may fit thousands in a large library. `within`: only speakers of these articles (the channel's
   * article, or the articles a search found), left out before their words are checked.
   */
  matching(
    words: readonly (readonly (readonly string[])[])[],
    choose: (matches: readonly SpeakerMatch[]) => readonly SpeakerMatch[],
    within?: ReadonlySet<string>,
  ): Speaker[] {
    if (!words.length) return [];
    const table = this.table;
    // Candidates from the word whose lists are shortest: a matching speaker has every term of one
    // of its alternatives, so the rarest term of each alternative finds them all.
    const count = (t: string) => ((this.byTerm.get(t) ?? 0) % RANGE) + (this.liveByTerm.get(t)?.length ?? 0);
    const rarest = (terms: readonly string[]) =>
      terms.reduce((best, t) => (count(t) < count(best) ? t : best), terms[0] ?? '');
    const generators = words
      .map((alternatives) => alternatives.filter((terms) => terms.length).map(rarest))
      .map((terms) => ({ terms, total: terms.reduce((n, t) => n + count(t), 0) }))
      .reduce((best, w) => (w.total < best.total ? w : best)).terms;
    const matches: SpeakerMatch[] = [];
    const live: Speaker[] = [];
    const seen = new Set<number>();
    for (const t of generators) {
      const range = table ? this.byTerm.get(t) : undefined;
      if (table && range !== undefined) {
        const from = Math.floor(range / RANGE);
        for (let k = from; k < from + (range % RANGE); k++) {
          const i = this.postings[k] as number;
          if (seen.has(i)) continue;
          seen.add(i);
          const article = table.articleIds[table.article[i] as number] ?? '';
          if (this.gone.has(article) || (within && !within.has(article))) continue;
          if (!this.packedFits(i, words)) continue;
          const s0 = i ? (table.sentenceEnds[i - 1] as number) : 0;
          matches.push({ articleId: article, sentences: (table.sentenceEnds[i] as number) - s0, ref: i });
        }
      }
      for (const sp of this.liveByTerm.get(t) ?? []) {
        if (live.includes(sp) || (within && !within.has(sp.articleId))) continue;
        if (
          words.every((alternatives) =>
            alternatives.some((terms) => terms.every((x) => sp.terms.includes(x))),
          )
        )
          live.push(sp);
      }
    }
    // In library order, whichever word found them.
    matches.sort((a, b) => a.ref - b.ref);
    live.forEach((sp, k) => {
      matches.push({ articleId: sp.articleId, sentences: sp.sentences.length, ref: -1 - k });
    });
    return choose(matches).map((m) => (m.ref >= 0 ? this.speaker(m.ref) : (live[-1 - m.ref] as Speaker)));
  }

  /** Whether anyone at all is quoted. */
  any(): boolean {
    for (const list of this.live.values()) if (list.length) return true;
    const table = this.table;
    if (!table) return false;
    for (let i = 0; i < table.names.length; i++)
      if (!this.gone.has(table.articleIds[table.article[i] as number] ?? '')) return true;
    return false;
  }

  /** All speakers as a table, for a snapshot. */
  state(indexTerms: readonly string[]): SpeakerTable {
    const all: Speaker[] = [];
    const table = this.table;
    if (table)
      table.names.forEach((_, i) => {
        if (!this.gone.has(table.articleIds[table.article[i] as number] ?? '')) all.push(this.speaker(i));
      });
    for (const list of this.live.values()) all.push(...list);
    return speakerTable(all, indexTerms);
  }
}
