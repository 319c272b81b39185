/**
 * Attribution: who each sentence (and each clause) attributes its content to, and how sure it is.
 *
 * Pass 1 reads every sentence in order, resolving the sources its own cues name (reporting verbs,
 * "according to", passive agents) against the article's people and organisations, so that names,
 * titles and pronouns meet the entity introduced before. Pass 2 carries speakers across sentences the
 * way news writing does: a quotation standing alone continues the last speaker, "are said to" continues
 * the report before it, an uncued sentence between two of one speaker's is theirs, and a backshifted
 * "would" continues the last indirect speech.
 */
import type { Claim, Source, Stance } from '../types.ts';
import { analyseSentence, type SentenceCues, type SourceCue } from './cues.ts';
import { type Entity, EntityRegistry } from './entities.ts';
import {
  CONNECTIVES_IN_NAMES,
  DETERMINERS,
  GROUP_NOUNS,
  ORGANISATION_WORDS,
  PLACE_WORDS,
  TITLES,
} from './lexicon.ts';
import { type QuoteSpan, quoteSpans } from './tokens.ts';

/** What attribution finds for one sentence. */
export interface SentenceAttribution {
  sources: Source[];
  stance: Stance;
  claims: Claim[];
}

interface Resolved {
  cue: SourceCue;
  sources: Source[];
}

interface Draft {
  text: string;
  cues: SentenceCues;
  resolved: Resolved[];
  sources: Source[];
  stance: Stance;
  /** Sources taken over from a neighbouring sentence (pass 2). */
  carried: boolean;
}

/** Punctuation just before a capitalised word that keeps it out of the name before it. */
const NAME_BREAKS = new Set([',', ';', ':', '"', '\u201c', '\u201d', '(', ')']);

/** "Iceland's Reykjanes peninsula": a possessive ends a name. */
function afterPossessive(run: { word: string }[]): boolean {
  const last = run[run.length - 1]?.word;
  return !!last && (last.endsWith("'s") || last.endsWith('\u2019s'));
}

/** People named in a sentence (two or more capitalised words that are not an organisation or place). */
function notePeople(text: string, registry: EntityRegistry, quotes: QuoteSpan[]): void {
  const words = [...text.matchAll(/[\p{L}][\p{L}'\u2019.-]*/gu)];
  // A name inside a quotation is the speaker's word, not someone the article brings in: '"… whether Cole
  // stays premier …," she said' is not Cole speaking.
  let run: { word: string; lower: string }[] = [];
  const flush = () => {
    let names = run;
    while (names.length && (DETERMINERS.has(names[0]?.lower ?? '') || TITLES.has(names[0]?.lower ?? '')))
      names = names.slice(1);
    // "… in March. The fissure …": a determiner starts another phrase, never a name's later word.
    const cut = names.findIndex((w, k) => k > 0 && DETERMINERS.has(w.lower));
    if (cut > 0) names = names.slice(0, cut);
    const bad = names.some((w) => ORGANISATION_WORDS.has(w.lower) || PLACE_WORDS.has(w.lower));
    if (names.length >= 2 && names.length <= 3 && !bad)
      registry.notePerson(
        names.map((n) => n.word),
        [],
      );
    else if (names.length === 1 && !bad) {
      const known = registry.findPerson([names[0]?.word ?? '']);
      if (known) registry.touch(known);
    }
    run = [];
  };
  for (const m of words) {
    const at = m.index ?? 0;
    registry.readAt(at);
    const raw = m[0];
    const word = raw.endsWith('.') ? raw.slice(0, -1) : raw;
    const first = word[0] as string;
    const cap = first !== first.toLowerCase();
    if (!cap || quotes.some((q) => at > q.start && at < q.end)) {
      if (run.length) flush();
      continue;
    }
    if (NAME_BREAKS.has(text[at - 1] ?? '') || NAME_BREAKS.has(text[at - 2] ?? '') || afterPossessive(run))
      flush();
    run.push({ word, lower: word.toLowerCase() });
  }
  flush();
}

/**
 * "The International Testing Agency (ITA)", "the Court of Arbitration for Sport (CAS)": an acronym in
 * brackets whose letters are the initials of the capitalised words before it names that organisation.
 */
function noteAcronyms(text: string, registry: EntityRegistry): void {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    const acronym = text.slice(open + 1, close);
    if (close < 0 || acronym.length < 2 || acronym.length > 8 || acronym.toUpperCase() !== acronym) continue;
    const letters = acronym.replace(/[^\p{Lu}]/gu, '');
    const before = text.slice(0, open).trimEnd().split(/\s+/);
    let k = before.length - 1;
    let matched = letters.length;
    while (k >= 0 && matched > 0) {
      const word = before[k] as string;
      if (/^\p{Lu}/u.test(word)) {
        if (word[0] !== letters[matched - 1]) break;
        matched--;
      } else if (!CONNECTIVES_IN_NAMES.has(word)) break;
      k--;
    }
    if (matched === 0) {
      const name = before.slice(k + 1).join(' ');
      registry.noteAcronym(acronym, before[k]?.toLowerCase() === 'the' ? `the ${name}` : name);
    }
  }
}

/** "The researchers followed …": a group that opens a sentence is who a later "they" means. */
function noteGroupSubject(text: string, registry: EntityRegistry): void {
  const m = /^(?:The|These|Those)\s+(\p{L}+)\b/u.exec(text.trim());
  if (m && GROUP_NOUNS.has((m[1] as string).toLowerCase())) registry.resolve(m[0]);
}

function resolveCue(cue: SourceCue, registry: EntityRegistry): Source[] {
  // Prefer the apposition part that names someone; the other parts lend their titles.
  const parts = cue.parts.map((p) => p.trim()).filter(Boolean);
  const nameWords = (p: string) =>
    p
      .split(/\s+/)
      // "Lang's lawyer" is not named Lang: possessives belong to someone else.
      .filter(
        (w) => !DETERMINERS.has(w.toLowerCase()) && !TITLES.has(w.toLowerCase()) && !/['\u2019]s?$/.test(w),
      );
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  // A part that is all name ("Ana Ruiz") beats one that only contains a name ("Lang's lawyer").
  const main =
    parts.find((p) => nameWords(p).length > 0 && nameWords(p).every(capital)) ??
    parts.find((p) => nameWords(p).some(capital)) ??
    parts[0];
  if (!main) return [];
  const roles = parts
    .filter((p) => p !== main)
    .flatMap((p) => p.toLowerCase().split(/\s+/))
    .filter((w) => TITLES.has(w) && !DETERMINERS.has(w) && !ORGANISATION_WORDS.has(w));
  registry.readAt(cue.clauseStart);
  const entity: Entity | undefined = registry.resolve(main, roles);
  if (!entity) return [];
  return [registry.toSource(entity, cue.mention)];
}

const uniqueSources = (list: Source[]): Source[] => {
  const seen = new Set<string>();
  return list.filter((s) => !seen.has(s.name) && seen.add(s.name));
};

/**
 * A quotation of the source's words: three words or more anywhere, or any quotation after the cue
 * ('said he was "devastated"'), where a word or two in quotation marks are the source's own. Before the
 * cue a short quotation is a name or a term ('A group calling itself "Nightfall" claimed').
 */
function quotesSource(quote: QuoteSpan, cues: SourceCue[]): boolean {
  return quote.words >= 3 || (quote.words > 0 && cues.some((c) => quote.start > c.at));
}

function sentenceStance(cues: SentenceCues, sourceCues: SourceCue[]): Stance {
  if (cues.hedge) return 'hedged';
  if (sourceCues.length) return cues.quotes.some((q) => quotesSource(q, sourceCues)) ? 'direct' : 'reported';
  if (cues.speculation) return 'speculation';
  return 'narration';
}

const CLAUSE_END_PUNCT = /[\s,;:\-\u2013\u2014]$/;
const CLAUSE_END_WORD = /\s(?:but|and|while|whereas|however)$/i;

/** Drops the punctuation and connective ("- but", ", and") that lead into the next clause. */
function trimClauseEnd(clause: string): string {
  let out = clause;
  for (;;) {
    const next = CLAUSE_END_PUNCT.test(out)
      ? out.slice(0, -1)
      : CLAUSE_END_WORD.test(out)
        ? out.replace(CLAUSE_END_WORD, '')
        : out;
    if (next === out) return out;
    out = next;
  }
}

/**
 * Where the clause of a later source opens: back from its subject to the punctuation that starts the
 * clause, so ", a figure the council rejects" keeps "a figure", the words pointing at the claim.
 */
function clauseOpening(text: string, subjectStart: number, previousStart: number): number {
  for (let i = subjectStart - 1; i > previousStart; i--) {
    if (',;:\u2013\u2014'.includes(text[i] as string) || (text[i] === '-' && text[i - 1] === ' ')) {
      const opening = text.slice(i + 1, subjectStart);
      // Only a short lead-in: a connective or a noun phrase pointing back ("a figure", "which").
      const skipped = opening.replace(/^\s*(?:but|and|while|whereas)\b/i, '');
      return opening.trim().split(/\s+/).length <= 4
        ? subjectStart - skipped.length + (skipped.length - skipped.trimStart().length)
        : subjectStart;
    }
  }
  return subjectStart;
}

/** Clause spans: each source's clause runs from its subject (or cue) to the next source's. */
function buildClaims(draft: Draft): Claim[] {
  const { text, cues } = draft;
  const whole = (source: Source | null, stance: Stance, cue: string | null): Claim => ({
    source,
    cue,
    stance,
    text: text.trim(),
    span: [text.length - text.trimStart().length, text.trimEnd().length],
  });
  if (!draft.sources.length) {
    const cue = cues.hedge?.cue ?? cues.speculation?.cue ?? null;
    return [whole(null, draft.stance, draft.stance === 'narration' ? null : cue)];
  }
  if (draft.carried || draft.resolved.length === 0) {
    return draft.sources.map((s) => whole(s, draft.stance, null));
  }
  const ordered = [...draft.resolved].sort((a, b) => a.cue.clauseStart - b.cue.clauseStart);
  // Sources sharing one clause start (coordinated subjects, "according to" + verb) share the clause.
  const starts = [...new Set(ordered.map((r) => r.cue.clauseStart))];
  const claims: Claim[] = [];
  const openings = starts.map((start, k) => (k === 0 ? 0 : clauseOpening(text, start, starts[k - 1] ?? 0)));
  starts.forEach((start, k) => {
    const from = openings[k] ?? 0;
    const to = openings[k + 1] ?? text.length;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.replace(/^[\s,;:\-\u2013\u2014]+/, '').length;
    const body = trimClauseEnd(raw.slice(lead));
    const span: [number, number] = [from + lead, from + lead + body.length];
    const inSpan = (at: number) => at >= span[0] && at < span[1];
    const stance: Stance =
      cues.hedge && (inSpan(cues.hedge.at) || starts.length === 1)
        ? 'hedged'
        : cues.quotes.some(
              (q) =>
                inSpan(q.start) &&
                quotesSource(
                  q,
                  ordered.filter((o) => o.cue.clauseStart === start).map((o) => o.cue),
                ),
            )
          ? 'direct'
          : 'reported';
    for (const r of ordered.filter((o) => o.cue.clauseStart === start)) {
      for (const source of r.sources) claims.push({ source, cue: r.cue.cue, stance, text: body, span });
    }
  });
  return claims;
}

/**
 * Attributes every sentence of an article. `paragraphs[p][i]` is sentence i of body paragraph p; the
 * result has the same shape.
 */
export function attributeArticle(
  paragraphs: string[][],
  _context: { title: string },
): SentenceAttribution[][] {
  const registry = new EntityRegistry();
  const drafts: Draft[][] = paragraphs.map((sentences) =>
    sentences.map((text) => {
      registry.beginSentence();
      if (text.includes('(')) noteAcronyms(text, registry);
      const quotes = quoteSpans(text);
      notePeople(text, registry, quotes);
      const cues = analyseSentence(text, (word) => registry.isKnown(word), quotes);
      noteGroupSubject(text, registry);
      const resolved = cues.sources
        .map((cue) => ({ cue, sources: resolveCue(cue, registry) }))
        .filter((r) => r.sources.length);
      const sources = uniqueSources(resolved.flatMap((r) => r.sources));
      return {
        text,
        cues,
        resolved,
        sources,
        stance: sentenceStance(
          cues,
          resolved.map((r) => r.cue),
        ),
        carried: false,
      };
    }),
  );
  carrySpeakers(drafts);
  return drafts.map((paragraph) =>
    paragraph.map((d) => ({ sources: d.sources, stance: d.stance, claims: buildClaims(d) })),
  );
}

const SPOKEN: ReadonlySet<Stance> = new Set(['direct', 'reported', 'hedged']);

function carrySpeakers(drafts: Draft[][]): void {
  let lastSpeaker: Source[] = [];
  drafts.forEach((paragraph) => {
    paragraph.forEach((d, i) => {
      const prev = paragraph[i - 1];
      const next = paragraph[i + 1];
      if (!d.sources.length) {
        const noCue = !d.cues.hedge && !d.cues.speculation;
        let carry: Source[] = [];
        if (d.cues.standaloneQuote && lastSpeaker.length) {
          // A quotation standing alone goes on in the last speaker's voice.
          carry = lastSpeaker;
          d.stance = 'direct';
        } else if (d.cues.hedge?.passiveReport && prev?.sources.length && SPOKEN.has(prev.stance)) {
          carry = prev.sources;
        } else if (
          noCue &&
          prev?.sources.length &&
          next?.sources.length &&
          (d.cues.continues || prev.stance === 'direct')
        ) {
          // Between two sentences of one speaker: "Additionally, …".
          const shared = prev.sources.filter((s) => next.sources.some((n) => n.name === s.name));
          if (shared.length) {
            carry = shared;
            d.stance = 'reported';
          }
        } else if (noCue && d.cues.backshift) {
          // "would" continuing the last indirect speech in the paragraph.
          const reported = paragraph
            .slice(0, i)
            .reverse()
            .find((p) => p.stance === 'reported' && p.sources.length);
          if (reported) {
            carry = reported.sources;
            d.stance = 'reported';
          }
        }
        if (carry.length) {
          d.sources = carry.map((s) => ({ ...s }));
          d.carried = true;
        }
      }
      // The sentence's main speaker: its first person, else its first source.
      if (d.sources.length && SPOKEN.has(d.stance)) {
        lastSpeaker = [d.sources.find((s) => s.kind === 'person') ?? (d.sources[0] as Source)];
      }
    });
    // Speakers do not carry across paragraphs unless a quotation continues.
  });
}
