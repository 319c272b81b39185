/**
 * A question word as a concept the passage index can search: the word, its spelling fixes, the
 * acronyms and clippings it stands for, its WordNet synonyms, relatives and family at lower
 * weights (only those the articles write), and how much information it carries (IDF, less the more
 * senses WordNet gives it). The engine (engine.ts) ranks and answers with these.
 */
import type { FuzzyVocabulary } from '../search/fuzzy.ts';
import type { MemoryPassageIndex } from '../search/index.ts';
import { irregularBase, isStopWord, termOf, tokenize } from '../search/text.ts';
import type { Alternative, Concept } from '../search/types.ts';
import type { LexEntry, Lexicon } from '../search/wordnet/lexicon.ts';
import { baseForms } from '../search/wordnet/morph.ts';
import type { AcronymTable } from './acronym-table.ts';
import { partialExpansions } from './acronyms.ts';
import { isChatWord, type QuestionWord } from './analyze.ts';
import type { Clippings } from './clippings.ts';
import type { OneEditSet } from './one-edit.ts';
import { paraphrases } from './paraphrases.ts';
import { isRespelling, respellings } from './respell.ts';

/** How fast a word's weight falls with its number of senses (see specificity). */
const SPECIFICITY_SLOPE = 0.5;

/** Match weights: an exact or stemmed word counts fully, a stand-in less. */
export const WEIGHT = {
  fuzzyName: 0.9,
  fuzzyWord: 0.6,
  acronym: 0.9,
  /** "NDP" for "New Democrat": all letters but the last, a likelier coincidence. */
  partialAcronym: 0.6,
  synonym: 0.5,
  related: 0.3,
  /** Synonyms of a word the articles also use verbatim: mostly the verbatim one should win. */
  synonymOfPresent: 0.35,
  relatedOfPresent: 0.2,
  /** Two WordNet steps away (dad → parent, spot → notice): only for words the articles lack. */
  far: 0.25,
  /** … through a sense that is not the far word's first (hospital → asylum). */
  rareFar: 0.15,
};

export interface BuiltConcept {
  word: QuestionWord;
  concept: Concept;
  /** Information of the word: its IDF (largest for words the articles never use). */
  mass: number;
  /** Its share of the ranking: mass × specificity, so topic nouns outweigh general verbs. */
  focus: number;
  /** Counts toward coverage (frame words do not). */
  counts: boolean;
  /** A name the articles never mention (nothing matched it, not even a spelling fix). */
  unknownName: boolean;
  /** Looks like a name: capitalised mid-question, all capitals, or not an English word. */
  nameLike: boolean;
  /**
   * The alternatives that may pick a speaker out: not a weak relative ("judge" → "law": a
   * lecturer in law is no judge), but the word's family ("prosecution" → "prosecutor").
   */
  picks: readonly (readonly string[])[];
}

/**
 * What concepts are built from: the engine's current structures, read through functions because
 * a snapshot restore replaces them.
 */
export interface ConceptSources {
  index(): MemoryPassageIndex;
  fuzzy: FuzzyVocabulary;
  clippings: Clippings;
  acronyms(): AcronymTable;
  /** Words the articles write with a capital mid-sentence, with how often. */
  capitals(): Map<string, number>;
  /** Those words (and any written before), for finding those one edit from a word. */
  capitalEdits(): OneEditSet;
  lexicon: Lexicon;
}

/**
 * What tells question words apart as `ConceptBuilder.neighbours` reads them: every field but where
 * the question has the word and the words around it.
 */
const ownKey = (word: QuestionWord, expands: boolean): string =>
  `${expands ? 1 : 0}${JSON.stringify({ ...word, start: 0, prev: undefined, next: undefined })}`;

/** What a question word is of itself, before paraphrases of it with its neighbours (see build). */
interface Neighbours {
  term: string;
  english: boolean;
  strictName: boolean;
  present: boolean;
  nameLike: boolean;
  fixed: boolean;
  meant: string | undefined;
  /** The weight of a synonym (less when the articles write the word itself). */
  synW: number;
  /** Alternatives of the word's family (see BuiltConcept.picks), by their terms. */
  family: Set<string>;
  /** Its own alternatives (never to be changed: copied before paraphrases are added). */
  alternatives: readonly Alternative[];
}

/** Concepts kept between questions (see ConceptBuilder.concept). */
const KEPT_CONCEPTS = 2048;

/**
 * The spellings one edit from a lower-case word, by how common the slip is: a letter left out
 * (added back), two letters swapped, one changed, one too many.
 */
function oneEditSpellings(word: string): string[][] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const added: string[] = [];
  const swapped: string[] = [];
  const changed: string[] = [];
  const dropped: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) dropped.push(head + tail.slice(1));
    if (tail.length > 1) swapped.push(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
    for (const l of letters) {
      added.push(head + l + tail);
      if (tail && l !== tail.charAt(0)) changed.push(head + l + tail.slice(1));
    }
  }
  return [added, swapped, changed, dropped];
}

export class ConceptBuilder {
  constructor(private readonly sources: ConceptSources) {}

  /** Concepts built since the articles last changed, by question word (see concept). */
  private kept = new Map<string, BuiltConcept>();
  private keptFor: MemoryPassageIndex | undefined;

  /** Stand-ins found since the articles last changed, by WordNet lemma (null: none). */
  private standIns = new Map<string, string[] | null>();

  /** What question words are of themselves, whatever words are around them (see build). */
  private own = new Map<string, Neighbours>();

  /** The articles changed: concepts built before may no longer hold. */
  changed(): void {
    this.kept.clear();
    this.own.clear();
    this.standIns.clear();
  }

  /**
   * A question word as a concept, as `build` makes it, kept until the articles change: questions
   * share words ("people", "police", "said"), and a word's WordNet neighbours take a good part of
   * a question's time to look up (thousands of articles or not).
   */
  concept(word: QuestionWord, expands = false): BuiltConcept {
    // A restored snapshot replaces the index without adding articles.
    if (this.keptFor !== this.index) {
      this.changed();
      this.keptFor = this.index;
    }
    // Every field of the word may matter, except where the question has it.
    const key = `${expands ? 1 : 0}${JSON.stringify({ ...word, start: 0 })}`;
    const kept = this.kept.get(key);
    // The question's own word, as `build` read it (it may have made scaffolding count).
    if (kept) return kept.word === word ? kept : { ...kept, word: { ...word, frame: kept.word.frame } };
    const built = this.build(word, expands);
    if (this.kept.size >= KEPT_CONCEPTS) this.kept.clear();
    this.kept.set(key, built);
    return built;
  }

  private get index(): MemoryPassageIndex {
    return this.sources.index();
  }

  private get fuzzy(): FuzzyVocabulary {
    return this.sources.fuzzy;
  }

  private get clippings(): Clippings {
    return this.sources.clippings;
  }

  private get acronyms(): AcronymTable {
    return this.sources.acronyms();
  }

  private get capitals(): Map<string, number> {
    return this.sources.capitals();
  }

  private get lexicon(): Lexicon {
    return this.sources.lexicon;
  }

  /** What the articles spell an acronym out as, each as index terms. */
  private spelt(acronym: string): string[][] {
    return this.acronyms.spelt(acronym);
  }

  private known(term: string): boolean {
    return this.index.documentFrequency(term) > 0;
  }

  /** Single- or multi-word lemma → index terms, if all occur in the articles. */
  private lemmaTerms(lemma: string): string[] | undefined {
    const { compound, terms } = lemmaForms(lemma);
    // "cease-fire": the joined spelling ("ceasefire") is one word when the articles use it.
    if (compound && this.known(compound)) return [compound];
    if (terms.length && terms.every((t) => this.known(t))) return terms;
    // Inflections the stemmer takes apart: the articles write "died" ("di"), WordNet says "die".
    const past = terms.length === 1 && /^\p{Ll}+e$/u.test(lemma) ? termOf(`${lemma}d`) : undefined;
    return past && past !== terms[0] && this.known(past) ? [past] : undefined;
  }

  /**
   * A stand-in lemma's index terms, if the articles write the lemma in some inflection, not just a
   * word that shares its stem: "terminate" is no "terminals" ("termin"), "sever" no "severe".
   */
  private standIn(lemma: string): string[] | undefined {
    // The same lemmas come up as neighbours of many words ("state", "country"): looked up once.
    const known = this.standIns.get(lemma);
    if (known !== undefined) return known ?? undefined;
    const found = this.findStandIn(lemma);
    if (this.standIns.size >= 50_000) this.standIns.clear();
    this.standIns.set(lemma, found ?? null);
    return found;
  }

  private findStandIn(lemma: string): string[] | undefined {
    const terms = this.lemmaTerms(lemma);
    if (!terms || lemma.includes(' ') || lemma.includes('-')) return terms;
    // A stem that is the lemma itself is written only by words that begin with it, whatever the
    // inflection, even irregular ("child" → "children", "go" → "gone").
    if (terms.length === 1 && terms[0] === lemma) return terms;
    const index = this.index;
    for (const form of inflections(lemma)) if (index.hasWord(form)) return terms;
    // A gerund ("stealing", "thieving", "killing") is its verb: the articles write the verb in
    // another inflection ("thieves", "killed"). Only a verb WordNet knows, sharing the term.
    for (const verb of gerundVerbs(lemma))
      if (
        termOf(verb) === terms[0] &&
        this.lexicon.lookup(verb)?.senses.v !== undefined &&
        inflections(verb).some((form) => index.hasWord(form))
      )
        return terms;
    return undefined;
  }

  /** Whether the articles write the word itself (or its plural or singular), not just its stem. */
  private writes(word: string): boolean {
    const index = this.index;
    return (
      index.hasWord(word) ||
      index.hasWord(`${word}s`) ||
      (word.endsWith('s') && index.hasWord(word.slice(0, -1))) ||
      // Another inflection of the same verb: "rerouting" where the articles write "rerouted".
      verbForms(word).some((form) => form !== word && index.hasWord(form))
    );
  }

  /**
   * A closed compound as two index terms the articles use ("cyberattack" → cyber, attack), each
   * part three letters at least and written as a word; the longest first part wins.
   */
  private apart(word: string): string[] | undefined {
    if (word.length < 7 || !/^\p{Ll}+$/u.test(word)) return undefined;
    for (let i = word.length - 3; i >= 3; i--) {
      const first = word.slice(0, i);
      const second = word.slice(i);
      if (this.writes(first) && this.writes(second)) return [termOf(first), termOf(second)];
    }
    return undefined;
  }

  /**
   * Whether WordNet knows the word as the initials of one of its synonyms ("pow": "prisoner of
   * war"): an abbreviation of a common noun, which its broader term ("prisoner") may answer, where
   * a name's broader term ("Hungary" → "European country") is another thing.
   */
  private abbreviates(word: string): boolean {
    return baseForms(word, this.lexicon).some((b) =>
      b.entry.synonyms.some(
        (s) =>
          s.includes(' ') &&
          s
            .split(/[\s-]+/)
            .map((w) => w[0] ?? '')
            .join('') === word,
      ),
    );
  }

  /**
   * Whether a word the articles write with a capital, and no English word, is one edit from `word`
   * (a letter left out, added or changed, or two swapped): the only spelling fixes an English word
   * takes (see build), and a correction reads thousands of words to find them.
   */
  private nameNear(word: string): boolean {
    const capitals = this.capitals;
    return this.sources.capitalEdits().someNear(word, (w) => capitals.has(w) && !this.isEnglish(w));
  }

  /**
   * The question with each of `slips` (lower-case words read as names the articles never mention,
   * so no misspelling of theirs) put right when it is no English word, and the English words one
   * edit from it are of one stem ("happend" → "happened"). Short words ("tix", "nhs") may be
   * clippings or acronyms and are left as written.
   */
  respelt(question: string, slips: ReadonlySet<string>): string {
    return question.replace(/(?<![\p{L}'’-])\p{Ll}{5,}(?![\p{L}'’-])/gu, (word) => {
      if (!slips.has(word)) return word;
      // A name WordNet knows, written in lower case ("hungary"), is no slip; nor are chat words.
      if (
        isStopWord(word) ||
        isChatWord(word) ||
        this.known(termOf(word)) ||
        baseForms(word, this.lexicon).length ||
        this.clippings.expand(word).length
      )
        return word;
      // The commonest slip that makes an English word, if its words are of one stem.
      for (const spellings of oneEditSpellings(word)) {
        const english = [...new Set(spellings)].filter((w) => this.isEnglish(w));
        if (!english.length) continue;
        return new Set(english.map(termOf)).size === 1 ? (english[0] as string) : word;
      }
      return word;
    });
  }

  private isEnglish(word: string): boolean {
    return baseForms(word, this.lexicon).some((b) => b.entry.common);
  }

  /** A question word as a concept: its alternatives with their weights, its information, its role. */
  /**
   * A verb and the noun after it that WordNet knows as one verb ("take part", "take place", "give
   * way") are read as that verb: the noun joins the verb and is no word of its own.
   */
  idioms(words: QuestionWord[]): QuestionWord[] {
    const out: QuestionWord[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as QuestionWord;
      const noun = words[i + 1];
      const joins =
        noun !== undefined &&
        word.next === noun.word &&
        !word.particle &&
        !word.frame &&
        !noun.frame &&
        !word.inName &&
        !noun.inName &&
        !noun.measure &&
        baseForms(word.word, this.lexicon)
          .slice(0, 2)
          .some(({ lemma }) => {
            const senses = this.lexicon.lookup(`${lemma} ${noun.word}`)?.senses;
            return senses !== undefined && Object.keys(senses).every((pos) => pos === 'v');
          });
      // "head teacher" where the articles write "headteacher": one word.
      const closed =
        !joins &&
        noun !== undefined &&
        word.next === noun.word &&
        !word.frame &&
        !noun.frame &&
        !word.measure &&
        !noun.measure &&
        this.index.hasWord(`${word.word}${noun.word}`);
      if (closed) {
        const { next: _next, ...rest } = word;
        out.push({
          ...rest,
          word: `${word.word}${noun.word}`,
          raw: `${word.raw} ${noun.raw}`,
          ...(noun.next ? { next: noun.next } : {}),
        });
        i++;
        continue;
      }
      if (!joins) {
        out.push(word);
        continue;
      }
      out.push({ ...word, idiom: noun.word, ...(noun.next ? { next: noun.next } : {}) });
      i++;
    }
    return out.length === words.length ? words : out;
  }

  /**
   * A question word as a concept: its alternatives with their weights, its information, its role.
   * All but the paraphrases of the word with its neighbours in the question is the word's own
   * (`neighbours`), kept apart: a word recurs in other questions, between other words.
   */
  build(word: QuestionWord, expands = false, key = ownKey(word, expands)): BuiltConcept {
    const own = this.neighbours(word, expands, key);
    const { term, english, strictName, present, nameLike, fixed, meant, family } = own;
    // Paraphrases go into a copy of the word's own alternatives, made when one is added.
    let alternatives = own.alternatives as Alternative[];
    let byTerms: Map<string, Alternative> | undefined;
    const add = (terms: string[], weight: number) => {
      if (!byTerms) {
        alternatives = own.alternatives.map((a) => ({ terms: a.terms, weight: a.weight }));
        byTerms = new Map(alternatives.map((a) => [a.terms.join(' '), a]));
      }
      addAlternative(alternatives, byTerms, terms, weight);
    };
    // News paraphrases WordNet does not bridge ("laid off" → "cut jobs", "how deep" → "below the
    // surface"), weighed as synonyms.
    const phrased = english && !word.inName && this.addParaphrases(word, present, own.synW, add);
    // Scaffolding that two words make a question of ("has it happened before": a precedent) counts.
    const frame = word.frame && !phrased;
    // The paraphrases added are kept as the word's own stand-ins are (an own one they raise stays
    // below 1, and as common as it was).
    const added = own.alternatives.length;
    if (alternatives.length > added) alternatives = alternatives.filter((a, i) => i < added || this.rare(a));
    const spec = nameLike ? 1 : this.specificity(word.word);
    // A name of several words never written is unknown whatever its words' synonyms; so is a name
    // the articles say at most by a broader term ("Hungary" → "European country": another country).
    const unknownName =
      nameLike &&
      !present &&
      !fixed &&
      (strictName ||
        word.inName === true ||
        !alternatives.length ||
        (!alternatives.some((a) => a.weight >= WEIGHT.synonym) && !this.abbreviates(word.word))) &&
      !frame;
    let mass = frame ? 0 : this.mass(word.word, meant ?? term, present || meant !== undefined, nameLike);
    // A word the articles never use but say by a synonym ("infant" → "baby") carries no more
    // information than that synonym does here.
    if (!present && meant === undefined) {
      for (const a of alternatives)
        if (a.weight >= WEIGHT.synonym) {
          const idf = a.terms.reduce((sum, t) => sum + this.index.idf(t), 0) / a.terms.length;
          mass = Math.min(mass, idf);
        }
    }
    return {
      word: frame === word.frame ? word : { ...word, frame },
      concept: {
        alternatives,
        boost: frame ? 0.3 : (word.speaker ? 0.7 : 1) * spec,
      },
      mass,
      focus: mass * spec,
      counts: !frame,
      unknownName,
      nameLike,
      picks: word.speaker
        ? alternatives
            .filter((a) => a.weight >= WEIGHT.related || family.has(a.terms.join(' ')))
            .map((a) => a.terms)
        : [],
    };
  }

  /**
   * What a question word is of itself, whatever words are around it (see build): kept until the
   * articles change.
   */
  private neighbours(word: QuestionWord, expands: boolean, key: string): Neighbours {
    const kept = this.own.get(key);
    if (kept) return kept;
    const found = this.findNeighbours(word, expands);
    if (this.own.size >= KEPT_CONCEPTS) this.own.clear();
    this.own.set(key, found);
    return found;
  }

  private findNeighbours(word: QuestionWord, expands: boolean): Neighbours {
    const term = termOf(word.word);
    const english = this.isEnglish(word.word);
    // A word of a name of several ("One Nation") is the name's only as written: "National" shares
    // its stem, not its name. So is a word that is no English word once the stemmer has cut a
    // suffix off it: "governer" shares "govern" with "government" but means "governor" (a spelling
    // fix, below).
    const strictName =
      (word.inName === true || (!english && term !== word.word)) &&
      this.known(term) &&
      !this.writes(word.word);
    // In some passage (a word only in a headline has no passage to quote).
    const present = this.known(term) && !strictName;
    const alternatives: Alternative[] = [];
    const byTerms = new Map<string, Alternative>();
    const add = (terms: string[], weight: number) => addAlternative(alternatives, byTerms, terms, weight);
    // The verb of an idiom alone ("took" of "took part") is another verb.
    if (present && !word.idiom) add([term], 1);
    const family = new Set<string>();
    const nameLike = (word.capital && !word.initial) || !english || /^\p{Lu}{2,}$/u.test(word.raw);
    let fixed = false;
    // A misspelt word carries the information of the word meant.
    let meant: string | undefined;
    if (!present) {
      // Inflections the stemmer takes apart ("die" → "die", "died" → "di"): the same word.
      if (word.word.endsWith('e'))
        for (const form of [`${word.word}d`, `${word.word}s`]) {
          const t = termOf(form);
          if (t !== term && this.known(t)) {
            add([t], 1);
            meant ??= t;
          }
        }
      // The same word as the adverb the articles write ("unlawful" → "acted unlawfully"): the
      // stemmer keeps "-ly" ("unlawfulli", "quickli").
      for (const other of adverbsOf(word.word)) {
        const t = termOf(other);
        if (t !== term && this.known(t) && this.isEnglish(other)) {
          add([t], 1);
          meant ??= t;
        }
      }
      // The same word spelt the other side of the Atlantic ("apologize" → "apologised").
      for (const other of respellings(word.word)) {
        const t = termOf(other);
        if (t !== term && this.known(t)) {
          add([t], 1);
          meant ??= t;
        }
      }
      // A plural made the regular way where English changes f to v ("thiefs", "knifes", "wifes"):
      // the "-ves" plural ("thieves") is the word meant.
      const fPlural = /^(\p{L}{2,}?)(?:f|fe)s$/u.exec(word.word)?.[1];
      const vPlural = fPlural ? termOf(`${fPlural}ves`) : undefined;
      if (vPlural && vPlural !== term && this.known(vPlural)) {
        add([vPlural], 1);
        meant ??= vPlural;
      }
      // A compound the articles write apart ("cyberattack" → "cyber attack"): the same word.
      const parts = this.apart(word.word);
      if (parts) {
        add(parts, 1);
        // … whose head names its kind: a cyberattack is an attack.
        add(parts.slice(1), WEIGHT.synonym);
        fixed = true;
      }
      // Chat clippings ("doc" → "document"), as good as a synonym. A word of a name clipped from
      // a name the articles write with capitals ("Lib Dem" for "Liberal Democrat") is that name.
      for (const full of this.clippings.expand(word.word)) {
        const t = termOf(full);
        if (!this.known(t)) continue;
        add([t], WEIGHT.synonym);
        if (word.inName && this.capitals.has(full)) fixed = true;
      }
      const named = !english && baseForms(word.word, this.lexicon).length > 0;
      // Spelling: names may be off by up to two edits, ordinary words by one.
      // An English word is taken for a name one edit away at most: the search needs no more.
      // (An English word's fixes are names only: none when no such name is one edit from it.)
      const corrections =
        english && !this.nameNear(word.word) ? [] : this.fuzzy.correct(word.word, english ? 1 : undefined);
      for (const c of corrections) {
        // An English word stands for a misspelt name at most ("heal" → "Heald"), never another word,
        // nor a name that is a word too ("catch" is no "Watch").
        if (english && (c.distance > 1 || !this.capitals.has(c.word) || this.isEnglish(c.word))) continue;
        // A name WordNet knows is spelt right: "Greece" is no misspelt "freeze".
        if (named && this.isEnglish(c.word)) continue;
        const t = termOf(c.word);
        if (!this.known(t)) continue;
        add([t], english ? WEIGHT.fuzzyWord : WEIGHT.fuzzyName);
        fixed = true;
        meant ??= t;
        // A misspelt acronym stands for what the articles spell out, as much as for itself.
        for (const terms of this.spelt(c.word))
          add(terms, expands ? 1 : english ? WEIGHT.fuzzyWord : WEIGHT.fuzzyName);
      }
      for (const terms of this.spelt(word.word)) {
        add(terms, WEIGHT.acronym);
        fixed = true;
      }
      for (const terms of partialExpansions(word.raw, (letters) => this.spelt(letters))) {
        add(terms, WEIGHT.partialAcronym);
        fixed = true;
      }
      // "unvaccinated": what is said of those "not vaccinated" is about them.
      const negated = /^un(\p{L}{4,})$/u.exec(word.word)?.[1];
      if (negated && this.isEnglish(negated) && this.known(termOf(negated)))
        add([termOf(negated)], WEIGHT.synonym);
    }
    // … and the other way: "was anyone hurt" is answered by "rescued unhurt", "was it suitable" by
    // "flagged as unsuitable".
    const unsaid = english && !word.frame && word.word.length >= 4 ? `un${word.word}` : undefined;
    if (unsaid && this.isEnglish(unsaid) && this.known(termOf(unsaid)))
      add([termOf(unsaid)], present ? WEIGHT.synonymOfPresent : WEIGHT.synonym);
    // "What does X stand for", "the full name of X": the spelt-out name is the answer.
    const spelt = present && expands ? this.spelt(word.word) : [];
    for (const terms of spelt) add(terms, 1);
    // … and a sentence using only the short form answers less.
    const short = spelt.length
      ? alternatives.find((a) => a.terms.length === 1 && a.terms[0] === term)
      : undefined;
    if (short) (short as { weight: number }).weight = WEIGHT.acronym;
    // Synonyms and neighbours from WordNet, for the word and its base forms; none for scaffolding.
    const bases = word.frame ? [] : baseForms(word.word, this.lexicon).slice(0, 2);
    const synW = present ? WEIGHT.synonymOfPresent : WEIGHT.synonym;
    const relW = present ? WEIGHT.relatedOfPresent : WEIGHT.related;
    // "gone down" means "go down" (descend, fall): the bare verb's senses ("gone": departed) are
    // not meant then.
    const joined = word.particle ?? word.idiom;
    const phrasals = joined
      ? bases.flatMap(({ lemma }) => this.lexicon.lookup(`${lemma} ${joined}`) ?? [])
      : [];
    // "took part": the verb and its noun as the articles write them together.
    if (word.idiom)
      for (const { lemma } of bases) {
        const t = this.lemmaTerms(`${lemma} ${word.idiom}`);
        if (t && t.length === 2) add(t, 1);
      }
    for (const phrasal of phrasals) {
      for (const syn of phrasal.synonyms) {
        const t = this.standIn(syn);
        // Whole lemmas only: "come down" without its particle is another verb.
        if (t && t.length === syn.split(' ').length) add(t, WEIGHT.synonym);
      }
      if (!present) this.addFar(phrasal, add);
    }
    for (const { lemma, entry } of bases) {
      // A base form spelt as another verb's past ("founded" → "found", which the index reads as
      // "find"; "grounded" → "ground", read as "grind") has no index term of its own.
      if (lemma !== word.word && !word.idiom && !irregularBase(lemma)) {
        const t = this.lemmaTerms(lemma);
        if (t) add(t, 1);
      }
      if (phrasals.length) continue;
      for (const syn of entry.synonyms) {
        const t = this.standIn(syn);
        // A name's synonyms are other names of the same thing ("CO2", "carbon dioxide"), unless
        // dropping stop words left a mere common word ("the States" → "state").
        const whole = t && t.length === syn.split(' ').length;
        // "epicenter" for "epicentre" is the same word spelt the other side of the Atlantic.
        if (t && isRespelling(syn, lemma)) add(t, 1);
        else if (t) add(t, entry.common || !whole ? synW : WEIGHT.acronym);
        // An abbreviation's name of three words or more, written without its last ("CEO" → "chief
        // executive officer" → "chief executive"), as partial acronyms are.
        const words = syn.split(' ');
        const short =
          !t && !entry.common && words.length >= 3
            ? this.lemmaTerms(words.slice(0, -1).join(' '))
            : undefined;
        if (short && short.length >= 2) add(short, WEIGHT.partialAcronym);
      }
      for (const rel of entry.related) {
        const t = this.standIn(rel);
        // A relative sharing the word's stem is the same thing in another part of speech
        // ("Ukraine" → "Ukrainian"): as good as a synonym.
        const kin = sharedPrefix(rel, lemma) >= Math.min(5, lemma.length - 1);
        if (t) add(t, kin ? WEIGHT.synonym : relW);
        // … and its own kin are the word's family ("prosecution" → "prosecute" → "prosecutor").
        if (kin && !rel.includes(' '))
          for (const rel2 of this.lexicon.lookup(rel)?.related ?? []) {
            if (rel2 === lemma || sharedPrefix(rel2, lemma) < Math.min(5, lemma.length - 1)) continue;
            const t2 = this.standIn(rel2);
            if (t2) {
              add(t2, relW);
              family.add(t2.join(' '));
            }
          }
      }
      if (!present) this.addFar(entry, add);
    }
    return {
      term,
      english,
      strictName,
      present,
      nameLike,
      fixed,
      meant,
      synW,
      family,
      // Stand-ins used by a large share of passages say little and cost a long postings walk.
      alternatives: alternatives.filter((a) => this.rare(a)),
    };
  }

  /** Kept as a stand-in: a word itself, or one not used by a large share of passages. */
  private rare(a: Alternative): boolean {
    const common = Math.max(50, this.index.size() / 50);
    return a.weight >= 1 || a.terms.some((t) => this.index.documentFrequency(t) <= common);
  }

  /**
   * The paraphrase table's phrases for the word (its base forms), or for it with the word before or
   * after it ("lay off", "stock price", "how deep"), where the articles write all their words. An
   * ambiguous one-word key ("fire") counts only where the articles never write the word. Whether a
   * key of two words gave some.
   */
  private addParaphrases(
    word: QuestionWord,
    present: boolean,
    weight: number,
    add: (terms: string[], weight: number) => void,
  ): boolean {
    const table = paraphrases();
    let paired = false;
    const forms = (w: string | undefined): string[] =>
      w ? [...new Set([w, ...baseForms(w, this.lexicon).map((b) => b.lemma)])] : [];
    const term = termOf(word.word);
    // The question's own next word is no paraphrase of it ("voter turnout" is not "voters").
    let around: Set<string> | undefined;
    const apply = (key: string, single: boolean) => {
      const entry = table.keys.get(key);
      if (!entry || (single && entry.onlyAbsent && present)) return;
      around ??= new Set([word.prev, word.next].filter((w) => w !== undefined).map((w) => termOf(w)));
      // Two words say which sense is meant: as a synonym's, even where the articles write one of them.
      const w = single ? weight : WEIGHT.synonym;
      for (const phrase of entry.phrases) {
        const t = this.standIn(phrase);
        if (!t || (t.length === 1 && t[0] === term) || t.some((x) => around?.has(x))) continue;
        // A group's member of several words that its stop words leave one word of says another
        // thing in an article ("take off" is no "take", "step down" no "step").
        if (t.length === 1 && phrase.includes(' ')) continue;
        add(t, w);
        if (!single) paired = true;
      }
    };
    const own = forms(word.word);
    // "lose their jobs": the object past a possessive makes a key with the verb ("lose job"), for
    // either word.
    const next = own.some((l) => table.firsts.has(l)) ? [...forms(word.next), ...forms(word.object)] : [];
    const prev = own.some((l) => table.seconds.has(l)) ? [...forms(word.prev), ...forms(word.verb)] : [];
    for (const lemma of own) {
      apply(lemma, true);
      for (const n of next) apply(`${lemma} ${n}`, false);
      for (const p of prev) apply(`${p} ${lemma}`, false);
    }
    return paired;
  }

  /** Words two WordNet steps away, as weak stand-ins (add keeps the stronger of duplicates). */
  private addFar(entry: LexEntry, add: (terms: string[], weight: number) => void): void {
    // A name's far words are other names (America → Canada), never the same thing.
    if (!entry.common) return;
    const each = (words: string[], weight: number) => {
      for (const far of words) {
        const t = this.standIn(far);
        // Whole lemmas only: "get down" without its particle is another verb.
        if (t && t.length === far.split(' ').length) add(t, weight);
      }
    };
    each(entry.far, WEIGHT.far);
    each(entry.rareFar, WEIGHT.rareFar);
  }

  /**
   * Information a word carries: its IDF where the articles use it. A word they never use gets the
   * IDF of an unseen term if it is a name, less the more general it is in English (WordNet's
   * sense count stands in for frequency: "go" has 35 senses, "pizza" one).
   */
  private mass(word: string, term: string, present: boolean, nameLike: boolean): number {
    const unseen = this.index.idf('\u0000');
    if (present) return this.index.idf(term);
    if (nameLike) return unseen;
    const base = baseForms(word, this.lexicon)[0];
    const senses = Object.values(base?.entry.senses ?? {}).reduce((a, b) => a + b, 0) || 1;
    return unseen / (1 + Math.log(senses));
  }

  /**
   * How specific an English word is, 1 for a word with one sense, less the more senses WordNet
   * gives it: the question's topic nouns ("homeopathy", "migrants") carry it, general verbs and
   * adverbs ("work", "first", "get") much less, however rare they are in the articles.
   */
  private specificity(word: string): number {
    const base = baseForms(word, this.lexicon)[0];
    const senses = Object.values(base?.entry.senses ?? {}).reduce((a, b) => a + b, 0);
    return senses > 1 ? 1 / (1 + SPECIFICITY_SLOPE * Math.log(senses)) : 1;
  }
}

const PLAIN_LEMMA = /^[a-z]+(?: [a-z]+)*$/;

/** Adds an alternative, or raises the weight of the one with the same terms (`byTerms` indexes them). */
function addAlternative(
  alternatives: Alternative[],
  byTerms: Map<string, Alternative>,
  terms: string[],
  weight: number,
): void {
  const key = terms.join(' ');
  const existing = byTerms.get(key);
  if (existing) {
    if (existing.weight < weight) (existing as { weight: number }).weight = weight;
    return;
  }
  const alternative = { terms, weight };
  alternatives.push(alternative);
  byTerms.set(key, alternative);
}

/**
 * The regular inflections of the verb a word may be one of ("rerouting" → reroute, reroutes,
 * rerouted, rerouting): none for a word without an inflection's ending.
 */
export function verbForms(word: string): string[] {
  const root = /^(\p{L}{3,}?)(?:ing|ed|es|s)$/u.exec(word)?.[1];
  return root ? [...new Set([root, `${root}e`].flatMap(inflections))] : [];
}

/** A lemma's index terms, and its joined compound's, whatever the articles (cached: asked often). */
const lemmaCache = new Map<string, { compound?: string; terms: string[] }>();
function lemmaForms(lemma: string): { compound?: string; terms: string[] } {
  let forms = lemmaCache.get(lemma);
  if (forms) return forms;
  // Most lemmas are plain lower-case words, which are their own tokens (and no compound).
  if (PLAIN_LEMMA.test(lemma)) {
    const words = lemma.includes(' ') ? lemma.split(' ') : [lemma];
    forms = { terms: [...new Set(words.filter((w) => !isStopWord(w)).map((w) => termOf(w)))] };
    if (lemmaCache.size >= 50_000) lemmaCache.clear();
    lemmaCache.set(lemma, forms);
    return forms;
  }
  const tokens = tokenize(lemma);
  const joined = tokens.find((t) => t.part && /[-‐‑]/.test(t.raw));
  const terms = [
    ...new Set(
      tokens
        .filter((t) => !isStopWord(t.word) && !(t.part && /[-‐‑]/.test(t.raw)))
        .map((t) => termOf(t.word)),
    ),
  ];
  forms = joined ? { compound: termOf(joined.word), terms } : { terms };
  if (lemmaCache.size >= 50_000) lemmaCache.clear();
  lemmaCache.set(lemma, forms);
  return forms;
}

/** A word's regular inflections, itself first: "die" → dies, died, dying; "stop" → stopped. */
export function inflections(word: string): string[] {
  const out = [word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}d`];
  if (word.endsWith('e')) out.push(`${word.slice(0, -1)}ing`);
  if (word.endsWith('ie')) out.push(`${word.slice(0, -2)}ying`);
  if (/[^aeiou]y$/.test(word)) out.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) {
    const last = word.slice(-1);
    out.push(`${word}${last}ed`, `${word}${last}ing`);
  }
  return out;
}

/** The adverbs an adjective makes: "unlawful" → unlawfully, "easy" → easily, "basic" → basically. */
export function adverbsOf(word: string): string[] {
  if (!/^\p{Ll}{3,}$/u.test(word) || word.endsWith('ly')) return [];
  if (word.endsWith('ic')) return [`${word}ally`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ily`];
  if (/[^aeiou]le$/.test(word)) return [`${word.slice(0, -1)}y`];
  return [`${word}ly`];
}

/** The verbs a gerund may be of: "stealing" → steal, "thieving" → thieve, "robbing" → rob. */
export function gerundVerbs(lemma: string): string[] {
  const stem = /^(\p{Ll}{3,})ing$/u.exec(lemma)?.[1];
  if (!stem) return [];
  const out = [stem, `${stem}e`];
  if (/([bdgklmnprt])\1$/.test(stem)) out.push(stem.slice(0, -1));
  return out;
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
