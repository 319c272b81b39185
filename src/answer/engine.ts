import type { Article } from '../article/types.ts';
import { type Correction, type FuzzyState, FuzzyVocabulary } from '../search/fuzzy.ts';
import { type IndexState, MemoryPassageIndex } from '../search/index.ts';
import { isStopWord, type Token, termOf, tokenize } from '../search/text.ts';
import type { SearchHit } from '../search/types.ts';
import type { WordVectors } from '../search/vectors/format.ts';
import { wordVectors } from '../search/vectors/table.ts';
import { type Lexicon, wordnetLexicon } from '../search/wordnet/lexicon.ts';
import { baseForms } from '../search/wordnet/morph.ts';
import { type AcronymState, AcronymTable } from './acronym-table.ts';
import { analyzeQuestion, type QuestionAnalysis, type QuestionWord } from './analyze.ts';
import { AskedChecks } from './asked.ts';
import { answerCoverage, type Candidate, coverByArticle, FIGURE_CHECKS, MIN_COVERAGE } from './candidate.ts';
import { Clippings } from './clippings.ts';
import { type BuiltConcept, ConceptBuilder, WEIGHT } from './concepts.ts';
import { contextWeights } from './context.ts';
import { countsOf, FEATURE, isMeasureWord, kindOffered, ordinalOf, predicates } from './features.ts';
import { rerankByMeaning, TermRows } from './meaning.ts';
import { OneEditSet, type OneEditState } from './one-edit.ts';
import { type OverviewKind, overviewAsked, overviewSentences } from './overview.ts';
import { type ArticleSentence, toPassage } from './passage.ts';
import { broaderTerms, countsKindOf, countsPeople, namesPeople } from './people.ts';
import { type RankedSentence, rowsOf, type SentenceRows, SentenceTable } from './sentences.ts';
import { identifies, SOURCE_NOUNS, SpeakerMatcher } from './speaker-match.ts';
import type { SpeakerChoice } from './speaker-sentences.ts';
import { type Speaker, SpeakerIndex, type SpeakerTable, speakersOf } from './speakers.ts';
import type { Answer, Passage } from './types.ts';

export interface AskOptions {
  articleId?: string;
  limit?: number;
}

export interface EngineOptions {
  /** Synonyms and the English word list; WordNet by default. */
  lexicon?: Lexicon;
  /**
   * Where whole articles come from for the passages shown (a library that loads them on demand).
   * Without it the engine keeps the articles it is given.
   */
  articles?: (id: string) => Article | undefined;
  /**
   * One sentence and its article's metadata, for the passages shown and ranking's look at a
   * sentence's text: a library on disk reads just that, not the whole article. Without it,
   * from `articles`.
   */
  sentence?: (articleId: string, sentenceId: number) => ArticleSentence | undefined;
  /** Word vectors for closeness in meaning (meaning.ts); the committed table by default, null: none. */
  vectors?: WordVectors | null;
}

/** Words for people in general: "how many people X" may be answered by a count of their acts. */
const PEOPLE_COUNTED = new Set(['people', 'persons', 'individuals']);

const CANDIDATES = 40;
/** "What's the name of the tanker": for the sentence that gives it next to the thing. */
const NAMED_BONUS = 0.3;
/** For a figure of the very thing counted ("how many women": "48,210 women"; "the fourth eruption"). */
const FIGURE_BONUS = 0.5;
/**
 * Of several articles, a sentence of one that speaks of more of the question (anywhere among its
 * candidates) is likelier the answer: by this much per share of the question, behind the best.
 */
const ARTICLE_PRIOR = 0.6;
/** What a direct quotation loses on a question that asks for no one's words (a tie-break). */
const QUOTE_ASIDE = 0.1;
/** What a sentence of nobody's words loses, when the speaker asked about is quoted elsewhere. */
const NOT_SPEAKER = 0.5;
/** What a sentence giving background (FEATURE.background) loses, for a question of the news. */
const BACKGROUND_ASIDE = 0.2;
/** What a sentence saying what is to come gains, for a question whether something will be. */
const PROSPECT = 0.15;
/** The sentences after this many best hits are candidates too. */
const FOLLOWERS = 5;
/** Hits whose passage context is weighed (the rest are ranked on their own words). */
const IN_CONTEXT = 12;

/** Everything an engine derives from its articles, as data: a snapshot on disk restores it. */
export interface EngineState {
  index: IndexState;
  /** Word lists as positions in the index's words: each word is stored (and read) once. */
  fuzzy: Omit<FuzzyState, 'words'> & { words: Int32Array };
  clippings: Int32Array;
  table: [string, SentenceRows][];
  speakers: SpeakerTable;
  acronyms: AcronymState;
  capitals: Map<string, number>;
  capitalEdits: OneEditState;
}

/** What the claims layer reads of the indexed words: a topic's terms, and the articles using them. */
export interface WordLookup {
  known(term: string): boolean;
  correct(word: string): Correction[];
  /** Articles using the term, with how many of their passages do (the title counts as one). */
  articlesUsing(term: string): Map<string, number>;
}

export class AnswerEngine {
  private index: MemoryPassageIndex = new MemoryPassageIndex();
  private readonly fuzzy = new FuzzyVocabulary(
    () => this.index.words(),
    (word) => this.index.hasWord(word),
  );
  private readonly clippings = new Clippings(
    () => this.index.words(),
    (word) => this.index.hasWord(word),
  );
  /** What ranking reads of each sentence; whole articles come from `fetch`. */
  private table = new SentenceTable();
  private readonly kept = new Map<string, Article>();
  private readonly fetch: (id: string) => Article | undefined;
  private readonly sentenceOf: (articleId: string, sentenceId: number) => ArticleSentence | undefined;
  private speakers = new SpeakerIndex();
  /** What the articles spell their acronyms out as. */
  private acronyms = new AcronymTable();
  private readonly lexicon: Lexicon;
  private readonly vectors: WordVectors | undefined;
  /** The vector rows of sentences' terms, for closeness in meaning (meaning.ts). */
  private readonly termRows: TermRows | undefined;
  /** Best coverage of the last question (for tuning and benchmarks). */
  lastCoverage = 0;
  /** Words the articles write with a capital mid-sentence: names ("heald"), for spelling fixes. */
  private capitals = new Map<string, number>();
  /** The same words for finding those one edit from a word (any written since the start, see OneEditSet.add). */
  private capitalEdits = OneEditSet.of([]);

  /** Question words as concepts, from the structures above (read through functions: restore replaces them). */
  private readonly concepts: ConceptBuilder;
  private readonly asked: AskedChecks;
  private readonly speakerMatch: SpeakerMatcher;

  constructor(articles: readonly Article[] = [], options: EngineOptions = {}) {
    this.lexicon = options.lexicon ?? wordnetLexicon();
    this.vectors = options.vectors === null ? undefined : (options.vectors ?? wordVectors());
    this.termRows = this.vectors && new TermRows(this.vectors);
    this.speakerMatch = new SpeakerMatcher(this.lexicon, () => this.speakers);
    this.concepts = new ConceptBuilder({
      index: () => this.index,
      fuzzy: this.fuzzy,
      clippings: this.clippings,
      acronyms: () => this.acronyms,
      capitals: () => this.capitals,
      capitalEdits: () => this.capitalEdits,
      lexicon: this.lexicon,
    });
    this.fetch = options.articles ?? ((id) => this.kept.get(id));
    this.sentenceOf =
      options.sentence ??
      ((articleId, sentenceId) => {
        const article = this.fetch(articleId);
        const sentence = article?.sentences[sentenceId];
        return article && sentence ? { article, sentence } : undefined;
      });
    this.asked = new AskedChecks(this.lexicon, this.sentenceOf);
    this.keeps = !options.articles;
    for (const a of articles) this.add(a);
  }

  private readonly keeps: boolean;

  /** What the engine derived from its articles (see EngineState); it stays usable. */
  state(): EngineState {
    const index = this.index.state();
    const at = new Map(index.words.map((w, i) => [w, i]));
    const positions = (words: string[]) => Int32Array.from(words, (w) => at.get(w) ?? -1);
    const fuzzy = this.fuzzy.state();
    return {
      index,
      fuzzy: { ...fuzzy, words: positions(fuzzy.words) },
      clippings: positions(this.clippings.state()),
      table: [...this.table.entries()],
      speakers: this.speakers.state(index.terms),
      acronyms: this.acronyms.state(),
      capitals: this.capitals,
      capitalEdits: this.capitalEdits.state(),
    };
  }

  /**
   * An engine as it was when `state()` was taken. Whole articles are not part of the state:
   * `options.articles` must supply them.
   */
  static restore(state: EngineState, options: EngineOptions): AnswerEngine {
    const engine = new AnswerEngine([], options);
    engine.index = MemoryPassageIndex.restore(state.index);
    const words = (positions: Int32Array) => Array.from(positions, (i) => state.index.words[i] ?? '');
    engine.fuzzy.restore({ ...state.fuzzy, words: words(state.fuzzy.words) });
    engine.clippings.restore(words(state.clippings));
    engine.table = new SentenceTable(state.table);
    engine.speakers = SpeakerIndex.restore(state.speakers, state.index.terms);
    engine.acronyms = AcronymTable.restore(state.acronyms);
    engine.capitals = state.capitals;
    engine.capitalEdits = OneEditSet.restore(state.capitalEdits);
    return engine;
  }

  add(article: Article): void {
    if (this.table.article(article.id)) this.remove(article.id);
    this.table.set(article.id, rowsOf(article));
    if (this.keeps) this.kept.set(article.id, article);
    this.index.add({
      id: article.id,
      title: article.title,
      passages: article.sentences.map((s) => ({ sentence: s.id, text: s.text })),
    });
    // Each sentence is tokenised once here, for capitals, acronyms and spelling alike.
    const acronyms: [string, string[]][] = [];
    const words = new Set(tokenize(article.title).map((t) => t.word));
    for (const s of article.sentences) {
      const tokens = tokenize(s.text);
      this.countCapitals(tokens, 1);
      acronyms.push(...acronymsOf(s.text, tokens));
      for (const t of tokens) words.add(t.word);
    }
    this.acronyms.add(article.id, acronyms);
    // A source named by its acronym ("the ITA") is also what the article spells it out as
    // ("the International Testing Agency"): "what did the testing agency say".
    const spelt = new Map<string, string[]>();
    for (const [letters, terms] of acronyms) if (!spelt.has(letters)) spelt.set(letters, terms);
    this.speakers.add(
      article.id,
      speakersOf(
        article,
        (letters) => spelt.get(letters),
        (word) => this.speakerMatch.broaderRoles(word),
      ),
    );
    this.fuzzy.changed(words);
    this.clippings.changed(words);
    this.concepts.changed();
  }

  remove(articleId: string): boolean {
    if (!this.table.article(articleId)) return false;
    // Its words are counted out of the index and the capitals; should the article be unreadable
    // by now, they stay counted, which only leaves a few extra spellings to suggest.
    const article = this.fetch(articleId);
    this.table.delete(articleId);
    this.kept.delete(articleId);
    this.index.remove({
      id: articleId,
      title: article?.title ?? '',
      passages: article?.sentences.map((s) => ({ sentence: s.id, text: s.text })) ?? [],
    });
    this.clippings.changed();
    for (const s of article?.sentences ?? []) this.countCapitals(tokenize(s.text), -1);
    this.speakers.remove(articleId);
    this.acronyms.remove(articleId);
    // Its words stay listed for spelling until the next rebuild; those gone are not offered.
    this.fuzzy.changed();
    this.concepts.changed();
    return true;
  }

  /** Counts a sentence's capitalised words past its first (names, not sentence openers). */
  private countCapitals(tokens: readonly Token[], delta: number): void {
    tokens.forEach((t, i) => {
      if (i === 0 || !t.capital || t.part) return;
      const n = (this.capitals.get(t.word) ?? 0) + delta;
      if (delta > 0 && n === delta) this.capitalEdits.add(t.word);
      if (n > 0) this.capitals.set(t.word, n);
      else this.capitals.delete(t.word);
    });
  }

  /** The indexed words as the claims layer reads a topic: no article is read for it. */
  words(): WordLookup {
    return {
      known: (term) => this.index.documentFrequency(term) > 0,
      correct: (word) => this.fuzzy.correct(word),
      articlesUsing: (term) => this.index.articlesUsing(term),
    };
  }

  /** A question's analysis, with "took part" read as one verb, and its words as concepts. */
  private read(question: string): { analysis: QuestionAnalysis; concepts: BuiltConcept[] } {
    const read = this.thingsAsked(analyzeQuestion(question));
    const analysis = { ...read, words: this.concepts.idioms(read.words) };
    return { analysis, concepts: analysis.words.map((w) => this.concepts.concept(w, analysis.expands)) };
  }

  ask(question: string, options: AskOptions = {}): Answer {
    const limit = options.limit ?? 3;
    // "What is this article about", "what happens next": about a whole article (overview.ts).
    const overview = overviewAsked(question);
    if (overview) return this.overview(question, overview, options.articleId, limit);
    let { analysis, concepts } = this.read(question);
    // A lower-case word read as a name the articles never mention may be a slip of an English
    // word ("happend"): the question is read again with it put right (see ConceptBuilder.respelt).
    const slips = concepts.filter((c) => c.unknownName && !c.word.capital).map((c) => c.word.raw);
    const respelt = slips.length ? this.concepts.respelt(question, new Set(slips)) : question;
    if (respelt !== question) ({ analysis, concepts } = this.read(respelt));
    const notAnswered = (reason: string, related: Passage[]): Answer => ({
      question,
      answered: false,
      passages: [],
      related,
      reason,
    });
    // Scaffolding ("say", "tell") is searched only when the question has nothing else.
    const topical = concepts.some((c) => !c.word.frame && c.concept.alternatives.length);
    const searchConcepts = concepts.filter(
      (c) => c.concept.alternatives.length && (!topical || !c.word.frame),
    );
    const hits = searchConcepts.length
      ? this.index.search({
          concepts: searchConcepts.map((c) => c.concept),
          limit: CANDIDATES,
          ...(options.articleId ? { articleId: options.articleId } : {}),
        })
      : [];
    const speakers = this.speakerMatch.match(
      concepts,
      hits,
      options.articleId,
      analysis.speaker,
      searchConcepts,
    );
    // Then, of the best few, those saying it in other words move up (meaning.ts); not when who
    // says it ("what did the boss say") or what someone is ("is the dad a homeopath") is asked:
    // the ranking has found the sentences of that speaker or predicate, whatever their words.
    const ranked = this.rank(hits, searchConcepts, concepts, speakers, analysis);
    const candidates =
      analysis.speaker || analysis.predicate
        ? ranked
        : rerankByMeaning(
            ranked,
            analysis.words.filter((w) => !w.frame).map((w) => termOf(w.word)),
            (c) => this.termRows?.of(this.index, c.articleId, c.sentenceId) ?? [],
            this.vectors,
            byScore,
          );
    // Only an unanswered question shows its closest passages; whole articles are read for them then.
    const related = () => candidates.slice(0, limit).flatMap((c) => this.passage(c));

    const unknown = namePhrases(
      analysis.words,
      concepts.filter((c) => c.unknownName).map((c) => c.word),
    );
    if (unknown.length) return notAnswered(`The articles never mention ${list(unknown)}.`, related());
    // The thing asked for ("the name of the judge") must be there, at least by a synonym.
    const focusWords = analysis.focus?.split(' ') ?? [];
    // "How much will season tickets cost": the things whose figure is asked (a plural noun after
    // the auxiliary) are asked about as much as "the name of the judge" is.
    const measured = this.asked.measuredThing(analysis);
    if (measured && !focusWords.includes(measured)) focusWords.push(measured);
    let kindAsked: BuiltConcept | undefined;
    for (const word of focusWords) {
      const focus = concepts.find((c) => c.word.word === word);
      // "how much money": a sum of money names it, whatever the currency ("250 million kroner").
      if (focus?.word.measure && (analysis.kind === 'money' || analysis.kind === 'tally')) continue;
      // "How many people will lose their jobs": people are counted by any noun naming them or by
      // what they did ("600 jobs" cut), which the figure checks below read; "people" need not be written.
      if (focus && analysis.kind === 'count' && PEOPLE_COUNTED.has(focus.word.word)) continue;
      if (!focus || focus.concept.alternatives.some((a) => a.weight >= WEIGHT.synonym)) continue;
      if (this.asked.fillsSlot(question, candidates)) continue;
      // "Which countries": a covering sentence may name one ("Belgium"), which covers the word.
      if (this.asked.namesKind(focus.word.word, candidates, focus.mass / questionMass(concepts))) {
        kindAsked ??= focus;
        continue;
      }
      return notAnswered(`The articles never mention any ${focus.word.raw}.`, related());
    }
    if (!concepts.some((c) => !c.word.frame) || !candidates.length)
      return notAnswered('The articles do not cover this question.', related());
    const anySources = this.speakers.any();
    // Whose words were asked for is known from attribution: nobody matching was ever quoted.
    // Only for people and organisations: "what did the study find" asks about content.
    if (analysis.speaker && anySources && !speakers.marking.length && this.speakerMatch.isSomeone(concepts))
      return notAnswered(`The articles never quote ${analysis.speaker}.`, related());
    // "What did tesla say": a speaker the articles never write in any form, nor any stand-in for
    // (a lower-case name that is also a word) was never quoted either.
    const speakerWords = concepts.filter((c) => c.word.speaker && c.counts);
    if (
      analysis.speaker &&
      anySources &&
      !speakers.marking.length &&
      speakerWords.length &&
      speakerWords.every((c) => !c.concept.alternatives.length && !SOURCE_NOUNS.has(c.word.word))
    )
      return notAnswered(`The articles never mention ${analysis.speaker}.`, related());
    this.lastCoverage = Math.max(0, ...candidates.map((c) => Math.max(answerCoverage(c), c.passageCoverage)));
    const fitsAsked = this.fits(candidates, searchConcepts, analysis);
    // "Has anyone been arrested": a sentence that never speaks of the arrest cannot say.
    // If the articles have no word for it at all, no sentence can.
    const asked = concepts.find((c) => analysis.event && c.word.word === analysis.event);
    const event = asked ? searchConcepts.indexOf(asked) : -1;
    // "When was the company founded": the date of another event ("paid … under a five-year
    // contract") is no date of the founding.
    const dated = this.asked.eventVerb(analysis.datedEvent, concepts);
    const datedAt = dated ? searchConcepts.indexOf(dated) : -1;
    // "Who was the trial judge": a sentence naming the judge ("Judge Helen Marsh", "the judge,
    // Helen Marsh,"); one that only speaks of "the trial judge" does not say who it was.
    const whoIs = this.asked.namesWho(analysis, candidates, concepts);
    const givesName = this.asked.givesName(analysis, candidates, concepts);
    // "Which countries is it sold in", where the articles never write the word: a sentence naming
    // one ("Belgium") answers (see namesKind), and covers the word.
    const kindCredit = kindAsked ? kindAsked.mass / questionMass(concepts) : 0;
    const firstFew = new Set(candidates.slice(0, FIGURE_CHECKS));
    const fits = (c: Candidate) =>
      (!kindAsked || (firstFew.has(c) && this.asked.namesKindIn(kindAsked.word.word, c))) &&
      fitsAsked(c) &&
      whoIs(c) &&
      givesName(c) &&
      (!asked || (c.weights[event] ?? 0) > 0) &&
      (!dated || (c.weights[datedAt] ?? 0) >= WEIGHT.synonym);
    // Either measure may show the question covered: raw information, or information by focus.
    const covered = (c: Candidate) => answerCoverage(c) + (kindAsked ? kindCredit : 0);
    let answers = candidates.filter((c) => covered(c) >= MIN_COVERAGE && fits(c));
    // Else a passage of two sentences may cover it: its better-ranked sentence answers.
    const counts = analysis.kind === 'count' || analysis.kind === 'money';
    // Of a passage's two sentences, the one giving the figure asked for answers ("how much did the
    // rescue cost": the rescue in one sentence, "which cost 4 million dollars" in the next), if it
    // speaks of something asked itself ("payments over $10,000" next to the study is no cost of it).
    const covers = (c: Candidate) => c.passageCoverage >= MIN_COVERAGE && fits(c);
    const passage = answers.length
      ? undefined
      : (counts &&
          candidates.find(
            (c) =>
              covers(c) &&
              kindOffered(analysis.kind, c.sentence.features) &&
              c.weights.some((w) => w >= WEIGHT.synonym),
          )) ||
        candidates.find(covers);
    // … shown with the other sentence of its passage, which brings the rest of the question's words
    // (not for a figure: that answers only next to what it counts, see below).
    if (passage)
      answers = !counts && passage.partner && fits(passage.partner) ? [passage, passage.partner] : [passage];
    if (counts) {
      // "How many pages …": a figure answers only next to the thing counted ("how much money": a sum).
      const thing = searchConcepts.findIndex((c) => c.word.word === analysis.counted);
      const about = (c: Candidate) => thing < 0 || (c.weights[thing] ?? 0) >= WEIGHT.synonym || c.byAct;
      // "How many people were arrested", "how many of the coins are English": the figure's sentence
      // must itself speak of what is said of the things counted, when the articles never write that
      // word as asked (only stand-ins: a figure elsewhere counts others), or when it picks a part of
      // them (a figure of all the coins is not of the English ones).
      const said = this.asked.saidOfCounted(analysis, concepts);
      const saidAt = said ? searchConcepts.indexOf(said) : -1;
      const speaks = (c: Candidate) => !said || (saidAt >= 0 && (c.weights[saidAt] ?? 0) > 0);
      // "How old", "how far": a figure in the unit asked for ("the 21-year-old"), not any figure.
      // "How many phones were confiscated last year": a figure in a sentence giving a time, or
      // naming the period asked ("23 goals … last season").
      const period = searchConcepts.findIndex((k) => k.word.word === analysis.during);
      const dated = (c: Candidate) =>
        (c.sentence.features & (FEATURE.date | FEATURE.yearly)) !== 0 ||
        (period >= 0 && (c.weights[period] ?? 0) >= WEIGHT.synonym);
      // "How much copper does the mine produce a year": a figure per unit of time, or of one year.
      const perTime = FEATURE.rate | (analysis.rate === 'year' ? FEATURE.yearly : 0);
      // "How many bears live in the park": a figure counting things, not "41,000 hectares" (a
      // measure of something else), when what is counted is no unit itself ("how many hectares")
      // and can be counted at all ("how much oil": tonnes of it).
      const countsAsked =
        analysis.kind === 'count' &&
        analysis.countable &&
        !analysis.units &&
        !!analysis.counted &&
        !isMeasureWord(analysis.counted);
      const figured = (c: Candidate) =>
        (kindOffered(analysis.kind, c.sentence.features, analysis.units) || c.ordinal) &&
        (!countsAsked || (c.sentence.features & FEATURE.count) !== 0 || c.ordinal) &&
        (!analysis.rate || (c.sentence.features & perTime) !== 0) &&
        (!analysis.during || dated(c)) &&
        about(c) &&
        speaks(c);
      const withNumbers = answers.filter(figured);
      // The sentences covering the question give no figure, but a two-sentence passage covering
      // it does ("the cost of the tunnel" in one, "raised its cost estimate to 9.4 billion euros"):
      // that passage answers, as it does when no sentence covers the question alone.
      if (answers.length && !withNumbers.length) {
        const byPassage = candidates.find(
          (c) => covers(c) && figured(c) && c.weights.some((w) => w >= WEIGHT.synonym),
        );
        if (!byPassage) return notAnswered('The articles give no figure for this.', related());
        withNumbers.push(byPassage);
      }
      answers = withNumbers.concat(answers.filter((c) => !withNumbers.includes(c)));
    }
    if (!answers.length) return notAnswered('The articles do not cover this question.', related());
    // "How many miners died": a figure of miners counts those who died only where the articles
    // speak of dying at all, at least by a relative; a stand-in two WordNet steps away ("die" →
    // "fall") is no word for it. Then no figure counts them: "all twelve miners who had been
    // trapped" are not the dead.
    const verb = this.asked.countedVerb(analysis, concepts);
    if (verb && !verb.concept.alternatives.some((a) => a.weight >= WEIGHT.related))
      return notAnswered(
        `The articles never say how many ${analysis.counted} ${analysis.countedEvent}.`,
        related(),
      );
    // Once the question is answered, close runners-up (half the best score) may support it.
    const best = answers[0] as Candidate;
    for (const c of candidates)
      if (answers.length < limit && !answers.includes(c) && c.score >= best.score / 2 && fits(c))
        answers.push(c);
    // Whether the question is covered is one thing; which passage answers it best is the ranking's.
    if (!counts) answers.sort((a, b) => b.score - a.score);
    const passages = answers.slice(0, limit).flatMap((c) => this.passage(c));
    return { question, answered: true, passages, related: [] };
  }

  /**
   * "How much quicker will the train be", "how much higher": a comparative after "how much" asks
   * by how much, not for a thing called "quicker" that a passage would have to name. A word
   * WordNet knows only as an adjective or adverb (by its first base form) is no thing.
   */
  private thingsAsked(analysis: QuestionAnalysis): QuestionAnalysis {
    const thing = (word: string | undefined) => {
      if (!word || word.includes(' ')) return true;
      const senses = baseForms(word, this.lexicon)[0]?.entry.senses;
      return !senses || senses.n !== undefined || senses.v !== undefined;
    };
    // "How many of the cases": a plural noun ("cases" → case) is counted; "the sick" is not.
    const plural = (word: string | undefined) =>
      !word ||
      !analysis.part ||
      baseForms(word, this.lexicon).some((f) => f.lemma !== word && f.entry.senses.n);
    if (thing(analysis.counted) && thing(analysis.focus) && plural(analysis.counted)) return analysis;
    const { counted, focus, selects, part, ...rest } = analysis;
    return {
      ...rest,
      ...(thing(counted) && plural(counted) ? { counted, ...(part ? { part } : {}) } : {}),
      ...(thing(focus) ? { focus, ...(selects ? { selects } : {}) } : {}),
    };
  }

  /**
   * Whether a candidate can answer at all, whatever its coverage:
   * - its article speaks of every name the question capitalises, as the articles write it ("when
   *   does the AFL season start" is not answered by an article on a rainy season): some candidate of
   *   that article matches the name
   *   (names are rare words: their sentences are among the candidates), or the sentence is what the
   *   name's source says;
   * - "which bank", "the name of the judge": it names one itself, at least by a synonym.
   */
  private fits(
    candidates: Candidate[],
    searchConcepts: BuiltConcept[],
    analysis: QuestionAnalysis,
  ): (c: Candidate) => boolean {
    // Names typed as names (a capital past the first word, "AFL") that the articles write as asked;
    // a spelling fix is a guess ("takken" → "Tarkan"), and a lower-case word may be any word.
    const names = searchConcepts.flatMap((c, i) =>
      c.word.capital &&
      !c.word.initial &&
      c.counts &&
      !c.word.speaker &&
      c.concept.alternatives.some((a) => a.weight >= 1)
        ? [i]
        : [],
    );
    // "What was the price paid", "the final score": a sum names the price, a tally the score (the
    // kind of answer checks them).
    const selected = analysis.selects
      ? searchConcepts.flatMap((c, i) =>
          analysis.focus?.split(' ').includes(c.word.word) &&
          !(c.word.measure && (analysis.kind === 'money' || analysis.kind === 'tally'))
            ? [i]
            : [],
        )
      : [];
    if (!names.length && !selected.length) return () => true;
    // Sentences attributed to a source the name stands for ("Dewar": what Paul Dewar said), of the
    // candidates' articles only (a name may be quoted in thousands of others).
    const candidateArticles = new Set(candidates.map((c) => c.articleId));
    const quoted = names.map((i) => {
      const alternatives = (searchConcepts[i]?.concept.alternatives ?? []).filter((a) => a.terms.length);
      const ids = new Set<string>();
      const speakers = this.speakers.matching(
        [alternatives.map((a) => a.terms)],
        (matches) => matches,
        candidateArticles,
      );
      for (const sp of speakers) for (const id of sp.sentences) ids.add(`${sp.articleId}#${id}`);
      return ids;
    });
    const inArticles = names.map(
      (i) => new Set(candidates.filter((c) => (c.reach[i] ?? 0) > 0).map((c) => c.articleId)),
    );
    const read = new Set(candidates.slice(0, FIGURE_CHECKS));
    return (c) =>
      names.every(
        (_, k) => inArticles[k]?.has(c.articleId) || quoted[k]?.has(`${c.articleId}#${c.sentenceId}`),
      ) &&
      // … or by a narrower word ("which countries": "Belgium, the Netherlands"), of the best few.
      selected.every(
        (i) =>
          (c.weights[i] ?? 0) >= WEIGHT.synonym ||
          (read.has(c) && this.asked.namesKindIn(searchConcepts[i]?.word.word ?? '', c)),
      );
  }

  /**
   * An overview question, of the channel's article or the only one: its opening sentences, or what
   * it says is to come. Of several articles, a summary is each one's opening (when few enough).
   */
  private overview(
    question: string,
    kind: OverviewKind,
    articleId: string | undefined,
    limit: number,
  ): Answer {
    const ids = articleId ? (this.table.article(articleId) ? [articleId] : []) : this.table.ids();
    const answer = (picked: [string, number][]): Answer => {
      const passages = picked.flatMap(([id, sentenceId]) => {
        const found = this.sentenceOf(id, sentenceId);
        return found ? [toPassage(found, 1)] : [];
      });
      return passages.length
        ? { question, answered: true, passages, related: [] }
        : {
            question,
            answered: false,
            passages: [],
            related: [],
            reason: 'The articles do not cover this question.',
          };
    };
    const several = (what: string): Answer => ({
      question,
      answered: false,
      passages: [],
      related: [],
      reason: `${ids.length} articles are loaded: ${what}, or pick one (/article) and ask again.`,
    });
    if (ids.length !== 1) {
      if (kind === 'summary' && ids.length > 1 && ids.length <= limit)
        return answer(ids.map((id) => [id, 0]));
      if (ids.length > 1)
        return several(
          kind === 'summary'
            ? 'ask about one of them by its topic'
            : `ask ${OVERVIEW_UNSAID[kind]} with one of them, by its topic`,
        );
      return answer([]);
    }
    const id = ids[0] as string;
    const count = this.table.article(id)?.codes.length ?? 0;
    const picked = overviewSentences(kind, count, (s) => this.table.get(id, s), limit);
    if (!picked.length && kind !== 'summary')
      return {
        question,
        answered: false,
        passages: [],
        related: answer([[id, kind === 'next' ? count - 1 : 0]]).passages,
        reason: `The article does not say ${OVERVIEW_UNSAID[kind]}.`,
      };
    return answer(picked.map((s) => [id, s]));
  }

  /** A candidate as a passage of the answer (none if its article is gone meanwhile). */
  private passage(c: Candidate): Passage[] {
    const found = this.sentenceOf(c.articleId, c.sentenceId);
    return found ? [toPassage(found, c.score)] : [];
  }

  private rank(
    hits: SearchHit[],
    searchConcepts: BuiltConcept[],
    concepts: BuiltConcept[],
    speakers: SpeakerChoice<Speaker>,
    analysis: QuestionAnalysis,
  ): Candidate[] {
    const counted = concepts.filter((c) => c.counts);
    // The kind of answer asked for (a number, a date …) is part of the question's information.
    const kindMass =
      analysis.kind === 'other' || !counted.length
        ? 0
        : counted.reduce((s, c) => s + c.mass, 0) / counted.length;
    const totalMass = kindMass + counted.reduce((s, c) => s + c.mass * (c.word.speaker ? 0.7 : 1), 0);
    const kindFocus = analysis.kind === 'other' || !counted.length ? 0 : kindMass;
    // Whether the question asks about more than its measure ("how much did the study cost").
    const asksMore = counted.some((c) => !c.word.measure);
    const totalFocus = kindFocus + counted.reduce((s, c) => s + c.focus * (c.word.speaker ? 0.7 : 1), 0);
    const norm = searchConcepts.reduce((s, c) => s + c.mass * (c.concept.boost ?? 1), 0) || 1;
    const bySentence = new Map<string, Candidate>();
    const speakerSentences = new Set<string>();
    for (const sp of speakers.marking)
      for (const id of sp.sentences) speakerSentences.add(`${sp.articleId}#${id}`);

    const searched = searchConcepts.map((c) => c.concept);
    const unsearched = counted.filter((c) => c.word.speaker && identifies(c) && !searchConcepts.includes(c));
    /** Shares of the question's information (raw and by focus) that matches in `sentences` cover. */
    /** The best of the sentences at offering a kind of answer (with the units asked for). */
    const offered = (kind: QuestionAnalysis['kind'], sentences: RankedSentence[]) => {
      let best = 0;
      for (const s of sentences)
        best = Math.max(best, kindOffered(kind, s.features, analysis.units, analysis.future));
      return best;
    };
    const cover = (
      weights: number[],
      sentences: RankedSentence[],
      speaker: boolean,
      own: number[] = weights,
    ): [number, number] => {
      // The kind of answer (a figure, a date) and the measure asked for ("how far", "how much
      // money") are covered by a passage about something else the question asks: "$10,000" alone
      // is not what "the study cost".
      // A figure in the very unit asked for ("how heavy": "8 kilograms") may be about what its
      // headline or paragraph names ("The animal … weighing 8 kilograms" under "… dinosaur found").
      const about = analysis.units ? weights : own;
      // … as far as the passage speaks of it: a weak stand-in ("repairs" → "fill", two WordNet steps
      // away) makes the fines it gives only a little about the repairs asked for.
      let topical = asksMore ? 0 : 1;
      searchConcepts.forEach((c, i) => {
        if (c.counts && !c.word.measure)
          topical = Math.max(topical, Math.min(1, (about[i] ?? 0) / WEIGHT.related));
      });
      const kindHit = topical * offered(analysis.kind, sentences);
      let covered = kindMass * kindHit;
      let focused = kindFocus * kindHit;
      const measured =
        analysis.kind === 'money' || analysis.kind === 'date' || analysis.kind === 'tally'
          ? analysis.kind
          : 'count';
      searchConcepts.forEach((c, i) => {
        if (!c.counts) return;
        // The speaker's sentences cover the speaker words that picked the speaker out.
        let w = c.word.speaker && speaker && identifies(c) ? 1 : (weights[i] ?? 0);
        if (c.word.measure) w = Math.max(w, topical * offered(measured, sentences));
        const share = w * (c.word.speaker ? 0.7 : 1);
        covered += share * c.mass;
        focused += share * c.focus;
      });
      // A speaker word the articles never write picked the speaker out all the same (an expert
      // for "the scientists", see expertSpeakers): the speaker's sentences cover it.
      if (speaker)
        for (const c of unsearched) {
          covered += 0.7 * c.mass;
          focused += 0.7 * c.focus;
        }
      return [totalMass > 0 ? covered / totalMass : 0, totalFocus > 0 ? focused / totalFocus : 0];
    };
    const candidate = (
      articleId: string,
      sentenceId: number,
      bm25: number,
      weights: number[],
      withContext = true,
    ) => {
      const rows = this.table.article(articleId);
      const sentence = rows && SentenceTable.sentence(rows, sentenceId);
      if (!rows || !sentence) return;
      const key = `${articleId}#${sentenceId}`;
      const speaker = speakerSentences.has(key);
      // Without context a sentence reaches what it matches itself (no copy: neither is changed).
      const reach = withContext
        ? lend(weights, contextWeights(this.index, articleId, rows, sentenceId, searched))
        : weights;
      const [coverage, focusCoverage] = cover(reach, [sentence], speaker, weights);
      bySentence.set(key, {
        articleId,
        sentenceId,
        sentence,
        bm25,
        weights,
        reach,
        speaker,
        coverage,
        focusCoverage,
        passageCoverage: 0,
        score: 0,
      });
    };
    // Context costs a look at the neighbours' words: for the best hits only.
    hits.forEach((h, i) => {
      candidate(h.articleId, h.sentence, h.score, h.matchWeights as number[], i < IN_CONTEXT);
    });
    // Sentences of the asked-about speaker count even when they do not repeat the name.
    for (const sp of speakers.marking.slice(0, speakers.taken))
      for (const id of sp.sentences) {
        if (bySentence.has(`${sp.articleId}#${id}`)) continue;
        const weights = this.index.weights(sp.articleId, id, searched);
        if (weights) candidate(sp.articleId, id, 0, weights);
      }
    // The answer often follows the sentence that matches ("… taken to hospital." "By then, …").
    for (const h of hits.slice(0, FOLLOWERS)) {
      if (bySentence.has(`${h.articleId}#${h.sentence + 1}`)) continue;
      const weights = this.index.weights(h.articleId, h.sentence + 1, searched);
      if (weights) candidate(h.articleId, h.sentence + 1, 0, weights);
    }

    const out = [...bySentence.values()];
    const articleCover = coverByArticle(out, searchConcepts);
    const topArticle = Math.max(0, ...articleCover.values());
    // A passage of two sentences may answer what neither does alone ("… finally taken to the
    // emergency department." "By this time, …"): their matches together, for coverage only.
    // Two sentences make a passage when each has some of the question's words the other lacks.
    const adds = (a: Candidate, b: Candidate) => a.weights.some((w, i) => w > (b.weights[i] ?? 0));
    for (const c of out)
      for (let n = c.sentenceId - 1; n <= c.sentenceId + 1; n += 2) {
        const next = bySentence.get(`${c.articleId}#${n}`);
        if (!next || !adds(next, c) || !adds(c, next)) continue;
        const both = cover(
          c.weights.map((w, i) => Math.max(w, next.weights[i] ?? 0)),
          [c.sentence, next.sentence],
          c.speaker || next.speaker,
        );
        if (Math.max(...both) > c.passageCoverage) {
          c.passageCoverage = Math.max(...both);
          c.partner = next;
        }
      }
    // "X is a …", "X, a …": the sentence that says what X is; "X was 88.6 percent": what it was.
    const last = analysis.defines?.split(/\s+/).pop();
    const definer = last
      ? new RegExp(
          `\\b${last.replace(/[^\p{L}\p{N}]/gu, '')}\\w*(?:,\\s+(?:a|an|the|one)\\b|\\s+(?:is|are|was|were)\\s+(?:(?:a|an|the|one)\\b|\\d))`,
          'iu',
        )
      : undefined;
    const countedAt = searchConcepts.findIndex((c) => c.word.word === analysis.counted);
    const figureOf = analysis.kind === 'count' && countedAt >= 0 ? countedAt : undefined;
    for (const c of out) {
      // BM25+ of one average-length match is about idf × (d + 1): that makes a full match ≈ 1.
      let score = c.bm25 / (norm * 1.5) + c.focusCoverage;
      if (c.speaker) score += 0.5;
      if (analysis.speaker && c.speaker && c.sentence.stance !== 'narration') score += 0.1;
      // "What does the ICMSA say": a sentence of nobody's words that only names it ("organised by
      // the … (ICMSA)") gives none of its words, when it is quoted elsewhere. (One matching more,
      // "the coroner recorded a conclusion" for "what did the coroner conclude", may answer.)
      if (
        analysis.speaker &&
        speakers.marking.length &&
        !c.speaker &&
        c.sentence.stance === 'narration' &&
        searchConcepts.every((s, i) => s.word.speaker || !c.weights[i])
      )
        score -= NOT_SPEAKER;
      if (analysis.wantsQuote && c.sentence.stance === 'direct') score += 0.25;
      // A question of fact, not of anyone's words: among passages matching alike, the article's
      // own report ("… a new species of feathered dinosaur …") answers before a quotation that
      // repeats its words ("It is one of the most complete dinosaurs ever found").
      if (!analysis.speaker && !analysis.wantsQuote && c.sentence.stance === 'direct') score -= QUOTE_ASIDE;
      // "In 2017, floods … killed 160 people": background, not the event asked about, unless the
      // question asks about earlier events.
      if (!analysis.history && !analysis.rate && c.sentence.features & FEATURE.background)
        score -= BACKGROUND_ASIDE;
      // "Will there be more strikes": what a sentence says is to come answers.
      if (analysis.ahead && c.sentence.features & FEATURE.prospect) score += PROSPECT;
      if (analysis.kind !== 'other')
        score += 0.3 * kindOffered(analysis.kind, c.sentence.features, analysis.units, analysis.future);
      if (analysis.age && c.sentence.features & FEATURE.age) score += 0.3;
      // A sentence about X opening with "X is a …" defines it more surely than an apposition.
      const defined = definer?.exec(this.sentenceOf(c.articleId, c.sentenceId)?.sentence.text ?? '');
      if (defined) score += defined.index === 0 ? 0.4 : 0.3;
      // "Is the dad a homeopath?": the sentence saying someone is one ("Sam, a homeopath,").
      const text = (analysis.predicate && this.sentenceOf(c.articleId, c.sentenceId)?.sentence.text) || '';
      if (analysis.predicate && predicates(text, analysis.predicate)) score += 0.3;
      score += ARTICLE_PRIOR * ((articleCover.get(c.articleId) ?? 0) - topArticle);
      c.score = rounded(score);
    }
    const order = byScore;
    out.sort(order);
    // "What's the name of the tanker": the sentence giving the thing's name next to it ("the
    // tanker, the Aurora Star,", "a tanker called …", "the Aurora Star tanker"), of the best few.
    const nameOf =
      analysis.named &&
      analysis.focus
        ?.split(' ')
        .pop()
        ?.replace(/[^\p{L}\p{N}]/gu, '');
    if (nameOf) {
      // Case matters for the name (a capital), not for the thing ("Tanker" opening a sentence).
      const word = `[${nameOf.charAt(0)}${nameOf.charAt(0).toUpperCase()}]${nameOf.slice(1)}`;
      const naming = new RegExp(
        `\\b${word}\\w*(?:,\\s+|\\s+(?:called|named|dubbed)\\s+)(?:the\\s+)?\\p{Lu}|\\p{Lu}[\\p{L}'-]*\\s+\\p{Lu}[\\p{L}'-]*\\s+${word}`,
        'u',
      );
      for (const c of out.slice(0, FIGURE_CHECKS))
        if (naming.test(this.sentenceOf(c.articleId, c.sentenceId)?.sentence.text ?? ''))
          c.score = rounded(c.score + NAMED_BONUS);
      out.sort(order);
    }
    // "How many times has it erupted": an ordinal of the event ("the fourth eruption"), of a word
    // of the question or its family.
    if (analysis.times) {
      const events = searchConcepts.flatMap((c) =>
        c.counts
          ? c.concept.alternatives.flatMap((a) =>
              a.weight >= WEIGHT.synonym && a.terms.length === 1 ? a.terms : [],
            )
          : [],
      );
      for (const c of out.slice(0, FIGURE_CHECKS)) {
        const said = this.sentenceOf(c.articleId, c.sentenceId)?.sentence.text ?? '';
        if (!events.some((t) => ordinalOf(said, t))) continue;
        c.ordinal = true;
        c.score = rounded(c.score + FIGURE_BONUS);
      }
      return out.sort(order);
    }
    // "How many women …": the figure of the women ("48,210 post-menopausal women"), not another
    // figure that happens to stand in a sentence about women. The text is read for the best few
    // only (a large library reads articles from disk).
    if (figureOf === undefined) return out;
    const thing = analysis.counted ?? '';
    // "How many people signed …": people are counted by what they did ("14,000 signatures"), a
    // figure of another question word or its stand-in, or of a word of a phrase standing in for it
    // ("laid off" → "cut jobs": "900 jobs").
    const acts = PEOPLE_COUNTED.has(thing)
      ? searchConcepts.flatMap((c, i) =>
          i !== figureOf && c.counts
            ? c.concept.alternatives.flatMap((a) => (a.weight >= WEIGHT.synonym ? a.terms : []))
            : [],
        )
      : [];
    // "How many tourists …": people are counted by any noun naming people ("1,200 guests and staff").
    // A misspelt one ("emploees") by the word the articles write that it stands for.
    const ofPeople =
      PEOPLE_COUNTED.has(thing) ||
      namesPeople(thing, this.lexicon) ||
      ((searchConcepts[figureOf]?.concept.alternatives.every((a) => a.weight < 1) ?? false) &&
        this.fuzzy.correct(thing).some((c) => namesPeople(c.word, this.lexicon)));
    // "How many cars": a figure of a broader kind ("480,000 vehicles") counts them too.
    const kinds = broaderTerms(thing, this.lexicon).size > 0;
    for (const c of out.slice(0, FIGURE_CHECKS)) {
      const named = (c.weights[figureOf] ?? 0) >= 1;
      if (!named && !acts.length && !ofPeople && !kinds) continue;
      const figure = kindOffered('count', c.sentence.features) > 0;
      const said = this.sentenceOf(c.articleId, c.sentenceId)?.sentence.text ?? '';
      const byFigure = named && figure && (countsOf(said, thing) || countsOf(said, termOf(thing)));
      // "how many marathons has he run": "his third marathon" counts them too.
      const byOrdinal = named && !byFigure && ordinalOf(said, termOf(thing));
      const byAct = !byFigure && !byOrdinal && figure && acts.some((t) => countsOf(said, t));
      const byKin =
        !byFigure &&
        !byOrdinal &&
        !byAct &&
        figure &&
        ((ofPeople && countsPeople(said, this.lexicon)) ||
          (kinds && countsKindOf(said, thing, this.lexicon)));
      if (byFigure || byOrdinal || byAct || byKin) c.score = rounded(c.score + FIGURE_BONUS);
      if (byOrdinal) c.ordinal = true;
      if (byAct || byKin) c.byAct = true;
    }
    return out.sort(order);
  }
}

/** A sentence's weights raised to what its context lends it, per concept. */
const lend = (weights: readonly number[], context: readonly number[]): number[] =>
  weights.map((w, i) => Math.max(w, context[i] ?? 0));

/** Scores to three decimals: sums of weights that differ only in the last bits tie, as they should. */
const rounded = (score: number): number => Math.round(score * 1000) / 1000;

/** What an overview question asks, as the bot says the article does not say it. */
const OVERVIEW_UNSAID: Record<Exclude<OverviewKind, 'summary'>, string> = {
  next: 'what happens next',
  where: 'where it happened',
  when: 'when it happened',
  time: 'at what time it happened',
};

/** The information of the question's counted words (as rank's coverage weighs them). */
const questionMass = (concepts: readonly BuiltConcept[]): number =>
  concepts.reduce((s, c) => s + (c.counts ? c.mass * (c.word.speaker ? 0.7 : 1) : 0), 0) || 1;

/** Candidates best first; ties in article and sentence order. */
const byScore = (a: Candidate, b: Candidate): number =>
  b.score - a.score || a.articleId.localeCompare(b.articleId) || a.sentenceId - b.sentenceId;

/**
 * Unknown words of a question as the names they are part of: capitalised words next to each other
 * in the question are one name ("the United States", not "United or States", nor "States").
 */
function namePhrases(words: readonly QuestionWord[], unknown: readonly QuestionWord[]): string[] {
  const runs: QuestionWord[][] = [];
  let end = -2;
  for (const w of [...words].sort((a, b) => a.start - b.start)) {
    const last = runs[runs.length - 1];
    if (last && w.capital && last[last.length - 1]?.capital && w.start === end + 1) last.push(w);
    else runs.push([w]);
    end = w.start + w.raw.length;
  }
  const at = new Set(unknown.map((w) => w.start));
  return runs.filter((run) => run.some((w) => at.has(w.start))).map((run) => run.map((w) => w.raw).join(' '));
}

function list(words: string[]): string {
  const unique = [...new Set(words)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}

/** Capitalised runs ("U.S. Department of Agriculture") by their initials ("usda"). */
export function acronymsOf(
  text: string,
  tokenized: readonly Token[] = tokenize(text),
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let run: { letters: string; term?: string }[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      if (!run[i]?.letters) continue;
      let letters = '';
      const terms: string[] = [];
      for (let j = i; j < run.length && j < i + 8; j++) {
        const r = run[j] as { letters: string; term?: string };
        letters += r.letters;
        if (r.term) terms.push(r.term);
        if (r.term && letters.length >= 2 && terms.length >= 2 && !out.has(letters))
          out.set(letters, [...terms]);
      }
    }
    run = [];
  };
  for (const t of tokenized) {
    // A joined compound ("ceasefire" of "cease-fire") is no word of its own here.
    if (t.part && /[-‐‑]/.test(t.raw)) continue;
    // A compound's parts carry the compound's capital; each part is judged on its own.
    const capital = t.part ? /^\p{Lu}/u.test(t.raw) : t.capital;
    if (capital) {
      // Terms only for capitalised words: most words of a text start no acronym.
      const term = isStopWord(t.word) ? undefined : termOf(t.word);
      if (/^(?:\p{Lu}\.){2,}$/u.test(t.raw)) run.push({ letters: t.word, ...(term ? { term } : {}) });
      else run.push({ letters: t.word[0] ?? '', ...(term ? { term } : {}) });
    } else if (run.length && /^(?:of|and|for|the|&)$/.test(t.word)) run.push({ letters: '' });
    else if (run.length) flush();
  }
  flush();
  return out;
}
