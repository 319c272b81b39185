/**
 * What a passage must have to answer a question of a given kind, beyond covering its words: a
 * figure said of the event counted ("how many people were arrested"), a date of the event asked
 * ("when was it founded"), someone named as the role asked ("who was the trial judge"), the thing
 * that fills the question's last slot ("test positive for …"). The engine asks these of its ranked
 * candidates; the few texts they read are the best candidates'.
 */
import { isStopWord, termOf, tokenize } from '../search/text.ts';
import type { Lexicon } from '../search/wordnet/lexicon.ts';
import { baseForms } from '../search/wordnet/morph.ts';
import type { QuestionAnalysis } from './analyze.ts';
import { answerCoverage, type Candidate, FIGURE_CHECKS, MIN_COVERAGE } from './candidate.ts';
import { type BuiltConcept, WEIGHT } from './concepts.ts';
import type { ArticleSentence } from './passage.ts';
import { broaderTerms, namesPeople } from './people.ts';

/** A question ending on a preposition ("… test positive for?"): the word before it, and it. */
const STRANDED = /\b(\p{L}{3,})\s+(for|to|with|from|of|on|in|at|by|about|into|against|over)\s*\??\s*$/iu;

/**
 * The pattern of a sentence naming someone as one of `roles` ("Judge Helen Marsh", "Helen Marsh,
 * the judge"): words, or index terms (stems) that begin words ("manag" of "manager").
 */
function namingPattern(roles: readonly string[]): RegExp {
  const w = `(?:${roles.map((r) => `[${r.charAt(0)}${r.charAt(0).toUpperCase()}]${r.slice(1)}`).join('|')})\\w*`;
  const name = "\\p{Lu}[\\p{L}'’-]+";
  return new RegExp(
    [
      `\\b${w}(?:,)?\\s+${name}`,
      `${name},\\s+(?:the|a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}${w}\\b`,
      `${name}\\s+(?:is|was|became|has been)\\s+(?:the|a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}${w}\\b`,
    ].join('|'),
    'u',
  );
}

/** Verbs with this many WordNet senses or more ("take", "come", "go") are too general to be events. */
const GENERAL_VERB = 16;

/** Capitalised words that name no one: days and months ("on Monday", "in March"). */
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** "A drug called velostinib": a name given as such, whatever its case. */
const NAME_GIVEN = /\b(?:called|named|dubbed|known as)\s+["“]?\p{L}/u;

/**
 * Whether a sentence has a name in it: a capitalised word past its first that opens no quotation
 * or clause after a colon, is no day or month, and is not "I".
 */
export function hasName(text: string): boolean {
  if (NAME_GIVEN.test(text)) return true;
  return tokenize(text).some((t, i) => {
    if (i === 0 || !t.capital || t.raw === 'I' || CALENDAR.test(t.word)) return false;
    const before = text.slice(0, t.start).trimEnd();
    return !/["“‘':;]$/.test(before);
  });
}

export class AskedChecks {
  /** Naming patterns by role word (see namesWho): "who is the X" is asked again and again. */
  private readonly namingPatterns = new Map<string, RegExp>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly sentenceOf: (articleId: string, sentenceId: number) => ArticleSentence | undefined,
  ) {}

  /**
   * What the figure's sentence must say of the things counted, besides naming them: the event
   * ("arrested") when the articles never write it as asked, only stand-ins; or, for a part of them
   * ("how many of the coins are English"), the word picking the part.
   */
  saidOfCounted(analysis: QuestionAnalysis, concepts: BuiltConcept[]): BuiltConcept | undefined {
    if (analysis.part && analysis.countedEvent)
      return concepts.find((c) => c.word.word === analysis.countedEvent && c.counts);
    const verb = this.countedVerb(analysis, concepts) ?? this.measuredVerb(analysis, concepts);
    if (!verb || verb.concept.alternatives.some((a) => a.weight >= 1)) return undefined;
    return verb.concept.alternatives.some((a) => a.weight >= WEIGHT.synonym) ? verb : undefined;
  }

  /**
   * "Who is the union president", "who was the judge": whether a candidate names someone as that
   * role, next to the role's word (its text is read for the best few candidates only).
   */
  namesWho(
    analysis: QuestionAnalysis,
    candidates: Candidate[],
    concepts: readonly BuiltConcept[] = [],
  ): (c: Candidate) => boolean {
    const role =
      analysis.kind === 'person' && analysis.selects ? analysis.focus?.split(' ').pop() : undefined;
    if (!role || !this.isRole(role)) return () => true;
    const naming = this.naming(role, concepts);
    const read = new Set(candidates.slice(0, FIGURE_CHECKS));
    return (c) => read.has(c) && naming.test(this.sentenceOf(c.articleId, c.sentenceId)?.sentence.text ?? '');
  }

  /** Whether a word is a lower-case word for people's roles ("judge", "cyclist"). */
  private isRole(word: string): boolean {
    return /^\p{Ll}[\p{Ll}-]+$/u.test(word) && namesPeople(word, this.lexicon);
  }

  /** A pattern of a name next to a role's word, or next to a word standing for it (see namesWho). */
  private naming(role: string, concepts: readonly BuiltConcept[]): RegExp {
    // "Who is the Riverside boss", where no one is called a boss: "Riverside manager Karen Blake"
    // names her by a word standing for the role, as a synonym does. (Where the role is written,
    // only it names: "Justice Aileen Moran" is no trial judge.)
    const alternatives = concepts.find((c) => c.word.word === role)?.concept.alternatives ?? [];
    const standIns = alternatives.some((a) => a.weight >= 1)
      ? []
      : alternatives.flatMap((a) =>
          a.weight >= WEIGHT.synonym && a.terms.length === 1 && /^\p{Ll}{3,}$/u.test(a.terms[0] ?? '')
            ? a.terms
            : [],
        );
    const roles = [role, ...standIns.filter((t) => !role.startsWith(t))];
    // Compiled once per role: "who is the X" is asked again and again.
    const key = roles.join('|');
    let naming = this.namingPatterns.get(key);
    if (!naming) {
      if (this.namingPatterns.size >= 1024) this.namingPatterns.clear();
      naming = namingPattern(roles);
      this.namingPatterns.set(key, naming);
    }
    return naming;
  }

  /**
   * "What's the name of the cyclist", "what was the ship called": a name is asked for, and a
   * sentence with none in it cannot give it, nor its passage partner ("A cyclist was injured when a
   * lorry hit her bicycle"). Of the best few candidates' texts.
   */
  givesName(
    analysis: QuestionAnalysis,
    candidates: readonly Candidate[],
    concepts: readonly BuiltConcept[] = [],
  ): (c: Candidate) => boolean {
    if (!analysis.nameAsked) return () => true;
    const read = new Set(candidates.slice(0, FIGURE_CHECKS));
    // "The name of the injured cyclist": a name next to the role's word ("the cyclist, Anna Berg,"),
    // not any name of the sentence ("The cyclist, a 34-year-old man, was taken to Tampere Hospital").
    const role = analysis.focus?.split(' ').pop();
    const naming = role && this.isRole(role) ? this.naming(role, concepts) : undefined;
    const named = (c: Candidate | undefined) => {
      const text = c ? (this.sentenceOf(c.articleId, c.sentenceId)?.sentence.text ?? '') : '';
      return c !== undefined && (naming ? naming.test(text) || NAME_GIVEN.test(text) : hasName(text));
    };
    return (c) => read.has(c) && (named(c) || named(c.partner));
  }

  /**
   * "What drug did the cyclist test positive for": a question ending on a preposition asks for
   * what follows it, and a covering passage that writes the word before it with something after
   * ("tested positive for erythropoietin") names the thing asked for, whatever the articles call
   * its kind (never "drug" here). Of the best few candidates' texts.
   */
  fillsSlot(question: string, candidates: readonly Candidate[]): boolean {
    const m = STRANDED.exec(question);
    const [, word = '', preposition = ''] = m ?? [];
    if (!m || isStopWord(word.toLowerCase())) return false;
    const stem = termOf(word.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
    const slot = new RegExp(
      `\\b${stem}\\p{L}*\\s+${preposition}\\s+(?:(?:the|a|an)\\s+)?[\\p{L}\\p{N}]`,
      'iu',
    );
    return candidates
      .slice(0, FIGURE_CHECKS)
      .some(
        (c) =>
          answerCoverage(c) >= MIN_COVERAGE &&
          slot.test(this.sentenceOf(c.articleId, c.sentenceId)?.sentence.text ?? ''),
      );
  }

  /**
   * "Which weapon did they use": the articles never write "weapon" but a covering sentence may
   * name one by a narrower word ("a knife"), whose WordNet broader terms reach the word asked for.
   * Of the best few candidates' lower-case words.
   */
  namesKind(word: string, candidates: readonly Candidate[], credit = 0): boolean {
    return candidates
      .slice(0, FIGURE_CHECKS)
      .some(
        (c) =>
          Math.max(answerCoverage(c), c.passageCoverage) + credit >= MIN_COVERAGE &&
          this.namesKindIn(word, c),
      );
  }

  /** Whether a candidate's sentence names a kind of the thing ("Belgium" for "which countries"). */
  namesKindIn(word: string, c: Candidate): boolean {
    const kinds = new Set(baseForms(word, this.lexicon).map((b) => b.lemma));
    if (!kinds.size) return false;
    const text = this.sentenceOf(c.articleId, c.sentenceId)?.sentence.text ?? '';
    for (const t of tokenize(text)) {
      if (isStopWord(t.word) || kinds.has(t.word)) continue;
      // A capitalised word only as a name WordNet knows ("Belgium": a country), not a surname
      // that is also a word ("Smith": a worker).
      if (t.capital && this.lexicon.lookup(t.word)?.common !== false) continue;
      for (const up of broaderTerms(t.word, this.lexicon)) if (kinds.has(up)) return true;
    }
    return false;
  }

  /** The concept of the verb said of the things counted, if it is an event (see below). */
  countedVerb(analysis: QuestionAnalysis, concepts: BuiltConcept[]): BuiltConcept | undefined {
    const verb = this.eventVerb(analysis.countedEvent, concepts);
    // "How many firefighters are fighting it": what the things counted are named for is said of
    // them already.
    const lemma = verb && baseForms(verb.word.word, this.lexicon).find((f) => f.entry.senses.v)?.lemma;
    if (lemma && lemma.length >= 4 && analysis.counted?.includes(lemma)) return undefined;
    return verb;
  }

  /**
   * "How much do the pilots earn": the verb of the figure asked for, the first word after the
   * auxiliary that WordNet knows as a verb more than as a noun ("earn", "spend", not "cost"), and
   * no general one.
   */
  private measuredVerb(analysis: QuestionAnalysis, concepts: BuiltConcept[]): BuiltConcept | undefined {
    for (const word of analysis.measuredBy ?? []) {
      const senses = baseForms(word, this.lexicon)[0]?.entry.senses;
      if (!senses?.v || (senses.n ?? 0) >= senses.v || senses.v >= GENERAL_VERB) continue;
      return concepts.find((c) => c.word.word === word && c.counts);
    }
    return undefined;
  }

  /**
   * "How much will season tickets cost", "how much do the pilots earn": the plural noun after the
   * auxiliary ("tickets" → ticket) that its verb follows, the things the figure is of.
   */
  measuredThing(analysis: QuestionAnalysis): string | undefined {
    const by = new Set(analysis.measuredBy);
    // The subject: its verb, in the base form after "do", "will", follows it ("tickets cost"), not
    // the object after the verb ("cost fishermen").
    return analysis.words.find(
      (w) =>
        by.has(w.word) &&
        w.next !== undefined &&
        baseForms(w.word, this.lexicon).some((f) => f.lemma !== w.word && f.entry.senses.n) &&
        baseForms(w.next, this.lexicon).some((f) => f.lemma === w.next && f.entry.senses.v),
    )?.word;
  }

  /** The concept of a verb of the question, if it is an event of its own (see below). */
  eventVerb(word: string | undefined, concepts: BuiltConcept[]): BuiltConcept | undefined {
    if (!word) return undefined;
    // A past tense or participle ("died", "were arrested") of a verb of its own: not the most
    // general ones ("came off", "went to", "took part"), whose meaning lies in what follows.
    const verb = baseForms(word, this.lexicon).find((f) => f.entry.senses.v);
    if (!verb || verb.lemma === word || (verb.entry.senses.v ?? 0) >= GENERAL_VERB) return undefined;
    return concepts.find((c) => c.word.word === word && c.counts);
  }
}
