/** The attribution cue lists (data files beside this module), as sets for quick look-up. */
import hedges from './data/hedges.json' with { type: 'json' };
import modals from './data/modals.json' with { type: 'json' };
import verbs from './data/reporting-verbs.json' with { type: 'json' };
import roles from './data/roles.json' with { type: 'json' };

const set = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
const phrasesOf = (list: string[]) => list.map((p) => p.toLowerCase());

export const SPEECH_VERBS = set(verbs.speech);
export const FINDING_VERBS = set(verbs.finding);
export const NEGATIONS = new Set(verbs.negations.map((w) => w.toLowerCase().replace(/\u2019/g, "'")));
export const BETWEEN_SUBJECT_AND_VERB = new Set([...set(verbs.auxiliaries), ...NEGATIONS]);
export const CONTINUATIONS = phrasesOf(verbs.continuation);
export const FIGURE_PHRASES = phrasesOf(verbs.figurePhrases);
export const SPEECH_PHRASES = phrasesOf(verbs.speechPhrases);
export const QUOTING_VERBS = set(verbs.quotingVerbs);
export const PARTICIPLES = set(verbs.participles);
export const THAT_CLAUSE_VERBS = set(verbs.thatClauseVerbs);
export const FORECAST_VERBS = set(verbs.forecastVerbs);
export const ACTS_WITH_ARTICLE = set(verbs.actsWithArticle);
export const ACTS_WITH_FIGURE = set(verbs.actsWithFigure);
/** Third-person forms that are as often nouns ("claims", "reports"): verbs only after a name, pronoun or adverb. */
export const AMBIGUOUS_FORMS = set(verbs.nounForms);

/**
 * Base forms that have a third-person form in the lists ("say" / "says", "rate" / "rates", "reply" /
 * "replies"): as verbs they take a plural subject, "I", "we", "you" or an auxiliary, so "the lowest rate"
 * and "strong demand" are nouns.
 */
export const BASE_FORMS = new Set(
  [...SPEECH_VERBS, ...FINDING_VERBS].filter(
    (w) =>
      !/(?:s|ed)$/.test(w) &&
      (SPEECH_VERBS.has(`${w}s`) ||
        SPEECH_VERBS.has(`${w}es`) ||
        SPEECH_VERBS.has(`${w.slice(0, -1)}ies`) ||
        FINDING_VERBS.has(`${w}s`)),
  ),
);

/** Longest phrases first, so "is said to" wins over "said". */
const phrases = (list: string[]) =>
  [...new Set(list.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length);
export const PASSIVE_REPORT_HEDGES = phrases(hedges.passiveReport);
export const OTHER_HEDGES = phrases(hedges.other);
export const SPECULATION_CUES = phrases(modals.speculation);
export const BACKSHIFT = set(modals.backshift);

export const TITLES = set(roles.titles);
export const FIELD_TITLES = set(roles.fieldTitles);
export const FEMALE = set(roles.female);
export const MALE = set(roles.male);
export const ORGANISATION_WORDS = set(roles.organisationWords);
export const SOURCE_NOUNS = set(roles.sourceNouns);
export const GROUP_NOUNS = set(roles.groupNouns);
export const DETERMINERS = set(roles.determiners);
export const QUANTIFIERS = set(roles.quantifiers);
export const CLAUSE_WORDS = set(roles.clauseWords);
export const HYPOTHETICAL_CLAUSE_WORDS = set(roles.hypotheticalClauseWords);
export const PLACE_WORDS = set(roles.placeWords);
export const CONNECTIVES_IN_NAMES = set(roles.nameConnectives);
export const PRONOUNS: Record<string, string> = roles.pronouns;
export const POSSESSIVE_PRONOUNS: Record<string, string> = roles.possessivePronouns;
/** Auxiliaries after which an "-ly" word is an adverb before the verb ("has unanimously rejected"). */
export const AUXILIARY_VERBS = new Set(['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do']);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am']);
