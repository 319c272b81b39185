/**
 * What a question asks for, without knowing any article: the kind of answer (a number, a date, a
 * person …), whether it wants a quotation, whose words it asks about, and its remaining words.
 * Soft signals only; the ranking decides.
 */
import { fold, isStopWord, type Token, tokenize } from '../search/text.ts';
import { TIME_UNITS } from './features.ts';

export type AnswerKind = 'count' | 'money' | 'date' | 'person' | 'place' | 'reason' | 'tally' | 'other';

export interface QuestionWord extends Token {
  /** The first word of the question (its capital says nothing about being a name). */
  initial: boolean;
  /** Part of the speaker phrase ("the Russian military" in "What does the Russian military say?"). */
  speaker: boolean;
  /** Question scaffolding ("say", "quote", "happened"): matched weakly, not topic. */
  frame: boolean;
  /** The measure of a "how far / how old / how long" question: any figure covers it. */
  measure: boolean;
  /** The particle after it ("down" in "gone down"), for phrasal verbs the stop list takes apart. */
  particle?: string;
  /** The noun after a verb that WordNet knows together as one verb ("part" in "took part"): the
   * two words are read as that verb, and the noun is no word of its own. */
  idiom?: string;
  /** Part of a name of several capitalised words ("Nation" in "One Nation"), past the first word. */
  inName?: boolean;
  /** The words right before and after it, stop words too ("how" of "how deep", "before" of
   * "happened before"): for paraphrases of two words (paraphrases.ts). */
  prev?: string;
  next?: string;
  /** The word after a possessive or an article that follows it ("jobs" of "lose their jobs"). */
  object?: string;
  /** The word before a possessive or an article that precedes it ("lose" of "lose their jobs"). */
  verb?: string;
}

/** Words between a verb and its object that say whose or which ("lose their jobs"). */
const POSSESSIVES = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'my', 'your']);

const PARTICLES = new Set(['up', 'down', 'out', 'off', 'over', 'away', 'back', 'at', 'into', 'for', 'after']);

export interface QuestionAnalysis {
  kind: AnswerKind;
  wantsQuote: boolean;
  /** The speaker phrase as asked, when the question asks what someone said. */
  speaker?: string;
  /**
   * The thing asked for ("judge" in "the name of the judge", "company" in "which company"), one
   * or two words ("deputy premier").
   */
  focus?: string;
  /** "What does X stand for", "full name of X": an acronym's spelt-out name is asked for. */
  expands: boolean;
  /** "How old …?", "what age …": an age answers best. */
  age: boolean;
  /** What "how many / how much" counts ("pages" in "how many pages …"): a figure must be of it. */
  counted?: string;
  /** "How many …" (not "how much water"): things are counted, not measured in some unit. */
  countable?: boolean;
  /** "What is X?", "Who are the X?": X, whose defining sentence ("X is a …", "X, a …") is wanted. */
  defines?: string;
  /**
   * "How cold", "how far", "how long": the figures with a unit that answer (FEATURE bits), if any;
   * "what time": a time of day.
   */
  units?: number;
  /** "When will it reopen", "when does the ban end": a date asked of what is still to come. */
  future?: boolean;
  /**
   * "How much does the mine produce a year", "the rent per month": a figure per unit of time is
   * asked for ("year" when that unit is a year, which a figure of one year answers too).
   */
  rate?: 'year' | 'other';
  /** "Has this happened before", "when was the last …": earlier events are asked about. */
  history?: boolean;
  /** "Will there be more strikes", "is another storm coming": whether something is to come. */
  ahead?: boolean;
  /** "Is the dad a homeopath?": the noun said of someone ("homeopath"), answered by "…, a homeopath". */
  predicate?: string;
  /** "Which bank …", "the name of the judge": the answer must itself name one (of `focus`). */
  selects?: boolean;
  /**
   * "What's the name of the tanker", "which telescope": the name itself is asked for ("the tanker,
   * the Aurora Star,", "the James Webb Space Telescope").
   */
  named?: boolean;
  /**
   * "What's the name of the cyclist", "what was the ship called": a name itself is asked for, which
   * a sentence without one (a capitalised word past its first) cannot give.
   */
  nameAsked?: boolean;
  /**
   * "Has anyone been arrested", "did anybody die": the event asked about ("arrested"). Only a
   * sentence that speaks of it, at least by a synonym, can say whether it happened.
   */
  event?: string;
  /**
   * "How many times has it erupted", "how often": how many times the event happened, which an
   * ordinal of it answers ("the fourth eruption").
   */
  times?: boolean;
  /**
   * "How many miners died", "how many people were arrested": the event the things counted took
   * part in ("died"); a figure of them counts those only where the articles speak of it.
   */
  countedEvent?: string;
  /**
   * "When was the company founded", "when was the hoard buried": the event whose date is asked;
   * a date answers only in a sentence that speaks of it.
   */
  datedEvent?: string;
  /**
   * "How much do the pilots earn", "how much did each campaign spend": the words after the
   * auxiliary, among which the verb of the figure asked for (the engine picks it with WordNet).
   */
  measuredBy?: string[];
  /** "How many of the cases …": a part of the things counted (a plural noun: not "of the sick"). */
  part?: boolean;
  /**
   * "How many phones were confiscated last year", "in 2024": the period a count or sum is asked
   * of ("year", "season", or the year), which the figure's sentence must give a time for.
   */
  during?: string;
  /** Words other than stop words, in order. */
  words: QuestionWord[];
}

const REPORTING =
  'say|says|said|claim|claims|claimed|tell|told|report|reported|think|thinks|believe|believes|argue|argued|state|stated|note|noted|announce|announced|want|wants|reply|replied|write|wrote|mean|suggest|suggested|warn|warned|admit|admitted|deny|denied|add|added|explain|explained|insist|allege|alleged|predict|estimate|conclude|find|found|respond|responded|describe|described|accuse|feel|feels|testify|reveal|revealed|confirm|confirmed|recommend|recommends|recommended|propose|proposes|proposed|demand|demands|demanded|urge|urges|urged|hope|hopes|hoped|fear|fears|feared|expect|expects|expected';
const AUX = 'did|does|do|has|have|had|is|was|were|are|will|would|could|can';
/** "Who built it", "who found the hoard": who did something (not "who was killed", "who did they sign"). */
const DOER =
  /^(?:(?:and|so|but|then)\s+)?who\s+(?!(?:is|was|are|were|has|have|had|did|does|do|will|would|could|can|may|might|must|should|else)\b)[a-z]+/;
/** A question about someone's words ("who warned", "who said so"). */
const SPEECH = new RegExp(`\\b(?:${REPORTING}|quoted?|spokes(?:man|woman|person))\\b`);
const STATEMENT_NOUNS =
  'argument|arguments|position|view|views|statement|statements|response|reaction|claim|claims|opinion|case|defen[cs]e|explanation|comment|comments|remarks?|stance|message|answer|words';

const STATEMENT_NOUN = new RegExp(`^(?:${STATEMENT_NOUNS})$`);

/**
 * Nouns asking what something led to, why, or what someone made of it ("what was the result of the
 * error", "the board's response", "the aim of the review"): a passage answers with what it says,
 * whatever its words, and seldom writes the noun itself. Asked for, they are scaffolding.
 */
const RELATION_NOUNS = new Set([
  'result',
  'results',
  'impact',
  'impacts',
  'effect',
  'effects',
  'consequence',
  'consequences',
  'outcome',
  'outcomes',
  'aftermath',
  'upshot',
  'implication',
  'implications',
  'significance',
  'reaction',
  'reactions',
  'response',
  'aim',
  'aims',
  'purpose',
  'goal',
  'goals',
  'reason',
  'reasons',
  'cause',
  'problem',
  'problems',
  'issue',
  'concern',
  'concerns',
  'worry',
  'worries',
  'situation',
  'status',
  'verdict',
  'decision',
  'ruling',
  'conclusion',
  'explanation',
  'latest',
]);

/**
 * Prepositions and conjunctions the stop list lacks (it is Snowball's, and it also drives the
 * index): no topic of a question, and no name either ("how long since …" was answered "the
 * articles never mention since", as WordNet has no entry for it).
 */
const FUNCTION_WORDS = new Set(
  // … and possessive pronouns typed without the apostrophe ("anyones details").
  'since till via upon within without towards toward among amongst despite unless whether although though onto across along around beside besides beyond except throughout unlike versus amid anyones everyones someones nobodys'.split(
    ' ',
  ),
);

/** Scaffolding of questions: they say what is asked, not what about. */
const FRAME = new Set([
  'say',
  'says',
  'said',
  'tell',
  'told',
  'quote',
  'quotes',
  'quoted',
  'quotation',
  'think',
  'thinks',
  'know',
  'happen',
  'happened',
  'happening',
  'please',
  'many',
  'much',
  'name',
  'exactly',
  'actually',
  'really',
  // "did she ever …", "is it still …": intensifiers of the question, not its topic.
  'ever',
  // "how much will it cost now", "where is he currently": the time of asking, which no article
  // writes as the asker means it.
  'now',
  'currently',
  'presently',
  'nowadays',
  'thing',
  'things',
  'anything',
  'something',
  'else',
  // "how much extra for the homeless": more of what the question names, no thing of its own.
  'extra',
  'additional',
  'kind',
  'sort',
  'type',
  'get',
  'got',
  'gets',
  'getting',
  'going',
  // "how much per bird", "per day": the unit of a rate, not a topic.
  'per',
  'mean',
  'like',
  'whats',
  'article',
  'articles',
  'news',
  'story',
  'date',
  // Chat fillers people type around a question on Discord.
  'lol',
  'lmao',
  'pls',
  'plz',
  'thx',
  'ty',
  'btw',
  'tbh',
  'imo',
  'imho',
  'idk',
  'ngl',
  'rn',
  'hey',
  'hi',
  'hello',
  'guys',
  'bot',
]);

/** Kind words of a date question ("what time", "which year"): a date or time of that kind answers. */
const DATE_KINDS = new Set(['time', 'day', 'date', 'year', 'month', 'week', 'hour']);

/** Scaffolding of "what does X stand for", "the full name of X". */
const EXPANSION_WORDS = new Set(['full', 'stand', 'stands', 'short', 'abbreviation', 'acronym']);

/** Words that name the kind of answer rather than a thing the answer must mention ("what year …"). */
const KIND_WORDS = new Set([
  'time',
  'day',
  'date',
  'year',
  'month',
  'week',
  'hour',
  'number',
  'percentage',
  'percent',
  'share',
  'proportion',
  'fraction',
  'amount',
  'age',
]);

/** "What is the (current interest) …": the value of a quantity asked, past up to two qualifying words. */
const VALUE_ASKED = "^what(?:'s| is| was| are| were| will be) (?:the )?(?:[a-z-]+ ){0,2}";
/** Quantities whose value is a percentage. */
const SHARE_NOUNS = 'rate|percentage|turnout|proportion';

/**
 * The first seven ask for one of a kind that the answer must itself name ("which bank", "the name
 * of the judge", "what is the treatment for …", "what was Pettigrew's salary").
 */
const SELECTING = 7;
const FOCUS_PATTERNS: RegExp[] = [
  // "the name of the new drug": the noun, past up to two words qualifying it.
  /\bname of (?:the |a |an |this |that )?(?:[a-z-]+ ){0,2}?([a-z][a-z-]*)(?=$|\s+(?:of|in|for|at|on|to|from|with|that|who|which|whose|used|being|involved|behind)\b)/,
  // "what was the injured cyclist called": the name of the cyclist.
  /^what (?:is|was|are|were) (?:the |a |an |this |that )?(?:[a-z-]+ ){0,2}([a-z][a-z-]*) (?:called|named)$/,
  /^which\s+([a-z][a-z-]*)/,
  // "what is the current interest rate": the rate, whatever words qualify it.
  new RegExp(`${VALUE_ASKED}(${SHARE_NOUNS}|population|temperature)\\b`),
  // "what is the capital of …": the capital is what is asked for; not "what are the researchers
  // planning" (the noun is the subject there).
  // "who is the deputy premier": both words must be there.
  /^(?:what|which|who)(?:'s| is| was| are| were) the ([a-z][a-z-]*(?: [a-z][a-z-]*)?)(?=$|\s+(?:of|in|for|at|on|to|from|with|behind|between|that|who|which)\b)/,
  // "what will the rent be": the same, asked of the future.
  /^(?:what|which|who) (?:will|would|could|might|should) the ([a-z][a-z-]*(?: [a-z][a-z-]*)?) be\b/,
  // "what was Pettigrew's salary", "how much is Ferreira's weekly salary": the salary.
  /^(?:what|which|who|how much)(?:'s| is| was| are| were) (?:the )?[\p{L}\p{N}-]+'s? ([a-z][a-z-]*(?: [a-z][a-z-]*)?)(?=$|\s+(?:of|in|for|at|on|to|from|with)\b)/u,
  // "what state was …", "what share of …"; not "what counts as …" (a verb).
  /^what\s+([a-z][a-z-]*)\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|of)\b/,
  /\bhow (?:much|many)\s+(?!times\b)([a-z][a-z-]*)/,
];

/** A superlative: "biggest", "most", "worst". */
const SUPERLATIVE = /^(?:[a-z]{2,}est|most|least|best|worst)$/;

/** A regular past participle ("used", "spent" aside): "-ed", not "-eed" ("speed"). */
const PARTICIPLE = /^[a-z]{2,}(?<!e)ed$/;

const NOT_AFTER_DETERMINER = '(?<!\\b(?:the|a|an|his|her|their|its|our)\\s+)';
const SPEAKER_PATTERNS: RegExp[] = [
  // "did russia say …", "has the army claimed …"; a reporting word after a determiner is a noun:
  // "what did the state governor say" is not "the" stating.
  new RegExp(`^(?:did|does|do|has|have|had)\\s+(.+?)\\s+${NOT_AFTER_DETERMINER}(?:${REPORTING})\\b`),
  // Not after a form of "be": "why was the algorithm found unlawful" is a passive, nobody finding.
  new RegExp(
    `^(?:what|how|why)\\s+(?!(?:is|was|were|are)\\b)(?:${AUX})\\s+(.+?)\\s+(?:(?:have|has|had|been)\\s+)?${NOT_AFTER_DETERMINER}(?:${REPORTING})\\b`,
  ),
  new RegExp(`^(?:what|how)\\s+(?:was|is|were|are)\\s+(.+?)'s?\\s+(?:${STATEMENT_NOUNS})\\b`),
  /^(?:what|how)\s+(.+?)\s+(?:says|said|claims|claimed|thinks|believes|told)\b/,
  /\b(?:quotes?|quotations?|statements?|comments?|words)\s+(?:from|by|of)\s+(.+?)(?:\s+(?:about|on|regarding)\b|$)/,
  /\baccording to\s+(.+?)(?:\s+(?:about|on|regarding)\b|$)/,
  /^(.+?)\s+(?:quotes?|quotations?|statements?|comments?|remarks)\b/,
];

/**
 * "How much" asked of money: "how much money …", "how much did it cost", "how much was lost".
 * A sum of money answers it, not any figure.
 */
const MONEY_QUESTION =
  /\bhow much\b(?:(?!\b(?:time|weight|rain|water|land|ground|area|space|energy|food)\b).)*\b(?:money|cash|funds?|funding|costs?|costing|cost|pay|pays|paid|paying|spend|spends|spent|earn|earns|earned|worth|price|prices|priced|charge|charged|charges|raise|raised|donate|donated|steal|stole|stolen|owe|owes|owed|lose|lost|loses|sell|sold|buy|bought|invest|invested|fine|fined|budget|salary|dollars?|euros?|pounds)\b/;

/** A change asked about ("go up", "rise", "fall"): answered by a percentage as much as by a sum. */
const CHANGE =
  /\b(?:go(?:es|ne)?|went|going) (?:up|down)\b|\b(?:ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|grow(?:s|n|ing)?|grew|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|shr[iu]nk|shrinks?)\b/;

/** A change someone makes to an amount ("raise the rent", "cut fares"): a share answers as well. */
const RAISE =
  /\b(?:rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|cut(?:s|ting)?)\b/;

/** Nouns of money: "how much tax", "how much prize money". */
const MONEY_NOUN =
  /^(?:money|cash|funds?|funding|costs?|price|prices|worth|budget|salary|salaries|wages?|pay|dollars?|euros?|pounds|tax|taxes|rent|fees?|fares?|profits?|revenue|debts?|aid|compensation|income|ransom|bills?|fines?|loans?|investment|savings|subsidy|subsidies|grants?|damages|bonus|reward|sum)$/;

/**
 * A money question, unless what "how much" counts is named right after it and is no money ("how
 * much data was stolen", "how much gold did they sell"): that thing is counted, not a sum.
 */
function asksMoney(folded: string): boolean {
  // "what is the average rent", "what will the fares be": the value of a noun of money is a sum.
  if (!folded.includes('how much')) return asksValueOfMoney(folded);
  // "how much will prices go up", "how much did fares rise": by how much, a share as well as a sum.
  if (CHANGE.test(folded)) return false;
  const m = /\bhow much\s+([a-z][a-z-]*)(?:\s+([a-z]+))?/.exec(folded);
  // "how much aid", "how much compensation": a noun of money asks for a sum, whatever the verb.
  if (MONEY_NOUN.test(m?.[1] ?? '')) return true;
  // "how much is the average rent", "how much are the fees": what is asked to be is a sum.
  const be =
    /\bhow much (?:is|are|was|were|will be|would be)\s+(?:the |a |an |his |her |their |its )?((?:[a-z-]+\s+){0,2}[a-z-]+)/.exec(
      folded,
    );
  if (be?.[1]?.split(/\s+/).some((w) => MONEY_NOUN.test(w))) return true;
  // "how much can landlords raise the rent", "how much will they cut fares": by how much.
  if (RAISE.test(folded)) return false;
  if (!MONEY_QUESTION.test(folded)) return false;
  const first = m?.[1];
  if (!first || isStopWord(first) || FRAME.has(first)) return true;
  return MONEY_NOUN.test(first) || MONEY_NOUN.test(m?.[2] ?? '');
}

/**
 * "What is the rent", "what was the ticket price paid", "what will the fares be": a noun of money,
 * first or second of the words after "the" (before any preposition), whose value is asked.
 */
function asksValueOfMoney(folded: string): boolean {
  // "What is the stolen timber worth": a sum, whatever the thing.
  if (/^what(?:'s| is| are| was| were| will| would)\b.*\bworth$/.test(folded)) return true;
  const m =
    /^what(?:'s| is| are| was| were| will| would)\s+(?:(?:the|a|an|his|her|their|its)\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)/.exec(
      folded,
    );
  const words = m?.[1]?.split(/\s+/) ?? [];
  const end = words.findIndex((w) => PHRASE_END.has(w));
  const phrase = end >= 0 ? words.slice(0, end) : words;
  return phrase.slice(0, 2).some((w) => MONEY_NOUN.test(w)) && !/\b(?:used|spent|for)$/.test(folded);
}

/** Words a noun phrase ends before: prepositions, and "be" of "what will the rent be". */
const PHRASE_END = new Set([
  'of',
  'in',
  'for',
  'at',
  'on',
  'to',
  'from',
  'with',
  'by',
  'be',
  'paid',
  'charged',
]);

/** Words of a tally question that a tally covers by itself ("score" in "what was the score"). */
const TALLY_NOUNS = new Set(['score', 'scoreline', 'tally', 'margin', 'result', 'outcome']);
/** What qualifies a score ("the final score"), which a tally covers as much. */
const TALLY_MODIFIERS = new Set(['final', 'match', 'game', 'half-time', 'full-time', 'halftime', 'fulltime']);

/** Words of a money question that a sum of money covers by itself ("money" in "how much money"). */
export const MONEY_MEASURES = new Set([
  'money',
  'cash',
  'fund',
  'funds',
  'cost',
  'costs',
  'price',
  'prices',
  'worth',
  'sum',
  'amount',
  'dollars',
  'euros',
  'pounds',
]);

const KIND_PATTERNS: [AnswerKind, RegExp][] = [
  // "What was the final score", "what was the vote", "how much did they win by", "the result of
  // the council vote": a tally ("won 2-1", "voted 31-12", "by 11 votes to 4").
  [
    'tally',
    /\bthe (?:final |half-time |full-time |match |game )?(?:score|scoreline)\b|^what (?:was|is|were) the (?:vote|tally|margin)\b|\bhow did the vote go\b|\b(?:result|outcome) of the (?:[a-z]+ )?(?:vote|ballot|match|game)\b|\b(?:vote|ballot|match|game) (?:result|outcome)\b|\b(?:win|won|lose|lost|beat|beaten|defeated) by\b/,
  ],
  [
    'count',
    /\bhow (?:many|much|old|long|far|big|large|often|high|low|cold|hot|warm|deep|tall|wide|heavy|fast|quickly)\b|\bwhat (?:share|percentage|proportion|number|amount|fraction|speed|rate)\b|\bnumbers?\b/,
  ],
  // "What is the current interest rate": its value (not "the interest rate decision").
  [
    'count',
    new RegExp(
      `${VALUE_ASKED}(?:${SHARE_NOUNS}|population|temperature)\\b(?! (?:cut|rise|increase|hike|decision|change|freeze|setting)s?\\b)`,
    ),
  ],
  // Question words count at the start only: "… when she finally reached hospital" asks no date.
  [
    'date',
    /^(?:(?:and|so|but|then)\s+)?when\b|\b(?:what|which) (?:date|day|year|time|month)\b|\bsince when\b/,
  ],
  ['person', /^(?:(?:and|so|but|then)\s+)?(?:who|whom|whose)\b/],
  ['place', /^(?:(?:and|so|but|then)\s+)?where\b/],
  [
    'reason',
    /^(?:(?:and|so|but|then)\s+)?why\b|\bhow come\b|\bwhat (?:caused|led to)\b|^what(?:'s| is| was| are| were) the (?:main )?(?:reasons?|cause) (?:for|of|behind)\b/,
  ],
];

// Which figures answer a measuring question: FEATURE bits (features.ts) of age, temperature,
// length, duration, weight and rate (a speed is a length per time).
/** FEATURE.clock: "what time" asks a time of day. */
const CLOCK = 4096;
/** FEATURE.agent: "who built it" asks who did it (not who says so, as "who warned" does). */
const AGENT = 16384;
/** FEATURE.share: "what share of …" asks a percentage or a fraction. */
const SHARE = 262144;
/** FEATURE.future: "how long will the heat last" is answered by "could last until Monday" too. */
const FUTURE_DATE = 32768;
/** FEATURE.phone: "what is the helpline number" asks a telephone number, not a count. */
const PHONE = 1048576;
/**
 * A thing with a length ("the planned tram line", "the crack"), after "how long is": not an event
 * whose time is asked ("how long was the bridge closed", "how long is the strike").
 */
const MEASURED_THING =
  '(?:the|this|that|its) (?:(?:new|planned|proposed|main|whole|entire|first|second|damaged|collapsed)\\s+)?(?:[a-z]+\\s+)?(?:roads?|bridges?|tunnels?|rivers?|routes?|course|walls?|runways?|border|lines?|track|pipeline|trail|railway|cable|fence|crack|fissure|coastline|beach|path|street|canal|queue|tailback|barrier|dam|ship|vessel|aircraft|plane|skeleton|spill|slick)';
const UNIT_QUESTIONS: [number, RegExp][] = [
  [PHONE, /\b(?:phone|telephone|helpline|hotline|contact|fax|emergency) numbers?\b/],
  [SHARE, /\b(?:what|which) (?:share|percentage|proportion|fraction|percent)\b|\bhow many percent\b/],
  // "What is the current interest rate", "what was the turnout": a percentage.
  [SHARE, new RegExp(`${VALUE_ASKED}(?:${SHARE_NOUNS})\\b`)],
  // "how old": an age ("the 21-year-old", "Sam, 42,") or a duration ("for 90 years"), not any figure.
  [64 | 1024, /\bhow old\b/],
  [256, /\bhow (?:cold|hot|warm)\b|\btemperatures?\b/],
  // "How far has attendance fallen": a change, which any figure gives ("from 14,500 to 8,900").
  [0, new RegExp(`\\bhow far\\b.*(?:${CHANGE.source})`)],
  // "How long is the housing waiting list": how many are on it, which any figure gives.
  [
    0,
    /\bhow long (?:is|was|are|were) (?:the|this|that|its) (?:[a-z]+\s+)?(?:waiting )?(?:lists?|backlog|register)\b/,
  ],
  [
    512,
    // Not "how long was the bridge blocked for": a time.
    new RegExp(
      `\\bhow (?:far|tall|high|deep|wide)\\b|\\bhow long (?:(?:is|was|were|are) ${MEASURED_THING}(?=\\s*(?:[?.!]|$)|\\s+(?:in|of|from|between|at|on|across|along|through|under|that|which|when|after|before)\\b)|will ${MEASURED_THING}\\s+be\\s*(?:[?.!]|$))`,
    ),
  ],
  // "How long did the crossing take", "how long did the strike last": a time, not a length.
  [
    1024,
    /\bhow long\b.*\b(?:take|took|taken|takes|taking|last|lasted|lasts|lasting|wait|waited|stay|stayed|spend|spent|gone|missing|away|stuck|trapped|delayed)\b/,
  ],
  [1024 | 512, /\bhow long\b/],
  [1024, /\bfor how long\b|\bhow many (?:seconds|minutes|hours|days|weeks|months|years)\b/],
  [2048, /\bhow heavy\b|\bweigh(?:s|ed)?\b/],
  // "how fast": a rate ("1,500 cubic metres per second", "120 km/h") or a time taken, not a length.
  [8192 | 1024, /\bhow (?:fast|quickly)\b|\bwhat speed\b|\b(?:what|which) rate\b/],
];

/**
 * Question words as chat types them ("wat", "whos", "wen", "hw"), in their written form; only
 * spellings that are no other English word, and only as the question's first word.
 */
const CHAT_OPENERS: [RegExp, string][] = [
  [/^(?:wat|wut|wht|waht|whta)\b/i, 'what'],
  [/^whats\b/i, 'what is'],
  [/^whos\b/i, 'who is'],
  [/^wheres\b/i, 'where is'],
  [/^hows\b/i, 'how is'],
  [/^(?:wen|wehn|whn)\b/i, 'when'],
  [/^(?:hw|hwo)\b/i, 'how'],
  [/^(?:wher|whr)\b/i, 'where'],
  [/^(?:wy|y)\b(?=\s+(?:did|do|does|is|are|was|were|has|have|had|would|will|can|could)\b)/i, 'why'],
];

const CHAT_OPENER =
  /^\s*(?:wat|wut|wht|waht|whta|whats|whos|wheres|hows|wen|wehn|whn|hw|hwo|wher|whr|wy|y)\b/i;

/**
 * Chat shorthand for common words anywhere in a question ("how many ppl were hurt"), written out;
 * only spellings that are no English word, so that no article word is ever read as one.
 */
const CHAT_WORDS: Record<string, string> = {
  ppl: 'people',
  govt: 'government',
  yrs: 'years',
  hrs: 'hours',
  mins: 'minutes',
  abt: 'about',
  bcuz: 'because',
  cuz: 'because',
  thru: 'through',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  dunno: 'do not know',
  yr: 'year',
  govts: 'governments',
  dept: 'department',
  intl: 'international',
  natl: 'national',
  compo: 'compensation',
  vax: 'vaccine',
  tho: 'though',
  tix: 'tickets',
  mens: "men's",
  womens: "women's",
  childrens: "children's",
  b4: 'before',
  coz: 'because',
  ur: 'your',
  bn: 'billion',
  mln: 'million',
  wk: 'week',
  wks: 'weeks',
  mth: 'month',
  mths: 'months',
  yday: 'yesterday',
  tmrw: 'tomorrow',
  mgmt: 'management',
};
/** Whether a word is chat shorthand written out before a question is read ("gonna", "ppl"). */
export const isChatWord = (word: string): boolean => Object.hasOwn(CHAT_WORDS, word.toLowerCase());
const CHAT_WORD = new RegExp(`\\b(?:${Object.keys(CHAT_WORDS).join('|')})\\b`, 'gi');
/**
 * A lone lower-case "r" or "u" between words is chat for "are" or "you" ("how many workers r being
 * monitored"); not a capital ("U.S.", "R&B") nor a letter in a name or abbreviation.
 */
const CHAT_LETTER = /(?<=\s)([ru])(?=\s)/g;
const CHAT_LETTERS: Record<string, string> = { r: 'are', u: 'you' };

/** "Who is behind X": the idiom asks who is responsible for X ("… claimed responsibility"). */
const BEHIND = /\b(who(?:'s|s| is| was| are| were)) behind\b/i;

/** The question with a chat spelling of its opening question word, and chat shorthand, written out. */
export function normalizeOpener(asked: string): string {
  const chat = CHAT_WORD.test(asked)
    ? asked.replace(CHAT_WORD, (w) => CHAT_WORDS[w.toLowerCase()] ?? w)
    : asked;
  const lettered =
    chat.includes(' r ') || chat.includes(' u ')
      ? chat.replace(CHAT_LETTER, (l) => CHAT_LETTERS[l] ?? l)
      : chat;
  const question = lettered.replace(BEHIND, '$1 responsible for');
  CHAT_WORD.lastIndex = 0;
  // One test for the common case, a question written out.
  if (!CHAT_OPENER.test(question)) return question;
  const start = question.trimStart();
  for (const [re, written] of CHAT_OPENERS) if (re.test(start)) return start.replace(re, written);
  return question;
}

/** A word that can be the thing asked for: no stop word, scaffolding or kind of answer. */
function focusable(word: string): boolean {
  return !isStopWord(word) && !FRAME.has(word) && !KIND_WORDS.has(word);
}

/** Token i is capitalised and not the question's first word. */
function capitalised(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i]?.capital === true && !tokens[i]?.part;
}

export function analyzeQuestion(asked: string): QuestionAnalysis {
  const question = normalizeOpener(asked);
  const folded = fold(question)
    .replace(/[?!.]+\s*$/, '')
    .trim();
  const kind: AnswerKind = asksMoney(folded)
    ? 'money'
    : (KIND_PATTERNS.find(([, re]) => re.test(folded))?.[0] ?? 'other');
  const wantsQuote =
    /\bquot(?:e|es|ed|ing|ation|ations)\b|\bin (?:his|her|their|its) own words\b|\bexact words\b/.test(
      folded,
    );
  let speaker: string | undefined;
  for (const re of SPEAKER_PATTERNS) {
    const m = re.exec(folded);
    const phrase = m?.[1]?.trim();
    // A speaker is a short noun phrase with some non-stop word, not a clause ("the head of the
    // serious fraud office" is one: four words besides stop words).
    const content = phrase ? tokenize(phrase).filter((t) => !isStopWord(t.word)).length : 0;
    if (phrase && content >= 1 && content <= 4 && phrase.split(/\s+/).length <= 8) {
      speaker = phrase;
      break;
    }
  }
  let focus: string | undefined;
  let selects = false;
  let named = false;
  let nameAsked = false;
  // "What is the lawyer's argument": what the lawyer argues, whatever the words; a passage need
  // not name an "argument".
  const statement = speaker ? STATEMENT_NOUN : undefined;
  for (const [i, re] of FOCUS_PATTERNS.entries()) {
    const word = re.exec(folded)?.[1];
    if (word && statement?.test(word)) break;
    // "What were the carvings used for": a participle ends the subject; what is asked is no thing
    // called "carvings used" (nor the carvings: their use).
    // So does a present participle ending the question ("what was the ship carrying").
    const second = word?.includes(' ') ? (word.split(' ').pop() as string) : undefined;
    if (
      second &&
      (PARTICIPLE.test(second) || (/^[a-z]{3,}ing$/.test(second) && folded.endsWith(` ${second}`)))
    )
      continue;
    // "What was the biggest aftershock": a superlative picks one, and is no word the answer must use.
    const picked =
      word?.includes(' ') && SUPERLATIVE.test(word.split(' ')[0] as string) ? word.split(' ')[1] : word;
    if (picked?.split(' ').every(focusable)) {
      focus = picked;
      selects = i < SELECTING;
      // "Which telescope": one named, as for "the name of the telescope".
      named = i <= 2;
      nameAsked = i <= 1;
      break;
    }
  }
  // "What was the result of the error": asks what it led to, not for a thing called a result.
  const relation = focus && RELATION_NOUNS.has(focus) ? focus : undefined;
  if (relation) {
    focus = undefined;
    selects = false;
    named = false;
    nameAsked = false;
  }
  // "How does X work?", "what does X do?" ask for what X is, too.
  const definition =
    /^(?:what|who)(?:'s| is| are| was| were)\s+(?:the |a |an )?([\p{L}\p{N}' -]+)$/u.exec(folded) ??
    /^(?:how (?:does|do|did) (?:the |a |an )?([\p{L}\p{N}' -]+?) work|what (?:does|do) (?:the |a |an )?([\p{L}\p{N}' -]+?) do)$/u.exec(
      folded,
    );
  const defined = definition?.[1] ?? definition?.[2];
  const defines = defined && defined.split(/\s+/).length <= 3 ? defined.trim() : undefined;
  // "is the dad a homeopath", "was Bernier the minister": a short subject, then a short noun
  // phrase whose last word is predicated of it (not "is homeopathy any better than a placebo").
  const predicated =
    /^(?:is|was|are|were)\s+((?:the |a |an |his |her |their )?[\p{L}\p{N}'-]+(?: [\p{L}\p{N}'-]+)?)\s+(?:a|an|the)\s+((?:[\p{L}-]+ ){0,2}[\p{L}-]+)$/u.exec(
      folded,
    );
  // "which of the rowers is a doctor", "who is a nurse": the one of whom it is said.
  const picked =
    /^(?:which|who)(?: of (?:the |them|us|these|those)[\p{L}'-]*)? (?:is|was|are|were) (?:a|an) ((?:[\p{L}-]+ ){0,2}[\p{L}-]+)$/u.exec(
      folded,
    );
  const predicate =
    predicated && !/\bthan\b/.test(folded) ? predicated[2]?.split(' ').pop() : picked?.[1]?.split(' ').pop();
  // … which a sentence must say of someone to answer.
  if (picked && predicate && !focus) {
    focus = predicate;
    selects = true;
  }
  // "how many of the cases are children": the cases are counted (a part of them).
  const countedMatch =
    /\bhow (?:much|many)\s+(?:of\s+(?:the|his|her|their|its|these|those)\s+)?([a-z][a-z-]*)(?:\s+([a-z]+))?/.exec(
      folded,
    );
  // "how much prize money": what is counted is the money, "prize" only says which.
  const moneyModifier = kind === 'money' && MONEY_MEASURES.has(countedMatch?.[2] ?? '');
  const countedWord = moneyModifier ? countedMatch?.[2] : countedMatch?.[1];
  if (moneyModifier && focus === countedMatch?.[1]) focus = undefined;
  // "how much aid", "how much compensation": the noun of money right after "how much" is the sum
  // asked for, which any sum of money in a passage about the rest covers ("50 million euros in
  // support"), as "money" is.
  const moneyNoun = kind === 'money' && countedWord && MONEY_NOUN.test(countedWord) ? countedWord : undefined;
  const times = /\bhow (?:many times|often)\b/.test(folded);
  const counted =
    countedWord &&
    !(times && countedWord === 'times') &&
    !isStopWord(countedWord) &&
    !FRAME.has(countedWord) &&
    !(kind === 'money' && MONEY_MEASURES.has(countedWord)) &&
    !moneyNoun &&
    // "how many watched the race": a verb; people are counted, whatever the articles call them.
    !PARTICIPLE.test(countedWord)
      ? countedWord
      : undefined;
  if (focus && focus === countedWord && !counted && PARTICIPLE.test(focus)) focus = undefined;
  const countable = counted !== undefined && countedMatch?.[0].startsWith('how many');
  const expands = /\b(?:full name|stands? for|short for|abbreviation|acronym)\b/.test(folded);
  let units =
    kind === 'count'
      ? (UNIT_QUESTIONS.find(([, re]) => re.test(folded))?.[0] ?? 0)
      : kind === 'date' && /\b(?:what|which) time\b/.test(folded)
        ? CLOCK
        : kind === 'person' && DOER.test(folded) && !SPEECH.test(folded)
          ? AGENT
          : 0;
  // "How long will the heat last": until when, as well as for how long.
  const lasting =
    kind === 'count' &&
    /\bhow long (?:will|would|could|might|is|are)\b.*\b(?:last|continue|go on|stay|remain|be closed|be shut)\b/.test(
      folded,
    );
  if (lasting) units |= FUTURE_DATE;
  const rate = rateAsked(folded, kind, units);
  const period =
    kind === 'count' || kind === 'money'
      ? /\b(?:last|this|next|past) (year|month|week|season|decade)\b|\b(?:in|during) ((?:19|20)\d\d)\b/.exec(
          folded,
        )
      : null;
  const during = period?.[1] ?? period?.[2];
  const speakerWords = new Set(speaker ? tokenize(speaker).map((t) => t.word) : []);
  const tokens = tokenize(question);
  const words: QuestionWord[] = [];
  // "What does the WHO say", "the IT department": a stop word in capitals after "the" is an
  // acronym (not a word stressed, "who is NOT affected", nor a question shouted).
  const shouted = question === question.toUpperCase();
  const acronym = (t: Token, i: number) =>
    !shouted && tokens[i - 1]?.word === 'the' && /^\p{Lu}{2,}$/u.test(t.raw);
  tokens.forEach((t, i) => {
    if ((isStopWord(t.word) && !acronym(t, i)) || FUNCTION_WORDS.has(t.word) || t.word.length === 0) return;
    // A capitalised word past the first, next to another such: a name of several words.
    const inName = capitalised(tokens, i) && (capitalised(tokens, i - 1) || capitalised(tokens, i + 1));
    // Compound parts stand in for the compound; keep both so either spelling can match.
    words.push({
      ...t,
      initial: i === 0,
      speaker: speakerWords.has(t.word),
      // "got back", "get away": the particle of a scaffolding verb is scaffolding too.
      frame:
        FRAME.has(t.word) ||
        t.word === relation ||
        (times && t.word === 'times' && tokens[i - 1]?.word === 'many') ||
        (expands && EXPANSION_WORDS.has(t.word)) ||
        (PARTICLES.has(t.word) && FRAME.has(tokens[i - 1]?.word ?? '')),
      // "how far", "how old": the measure asked for; a figure answers it.
      // In a money question, "money", "cost", "price": any sum of money.
      measure:
        (i > 0 && tokens[i - 1]?.word === 'how' && kind === 'count') ||
        (kind === 'money' && (MONEY_MEASURES.has(t.word) || t.word === moneyNoun)) ||
        // "what was the score": any tally covers it.
        (kind === 'tally' &&
          (TALLY_NOUNS.has(t.word) ||
            (TALLY_MODIFIERS.has(t.word) && TALLY_NOUNS.has(tokens[i + 1]?.word ?? '')))) ||
        // "what time", "which year": the kind of answer asked for, which a time or a date covers.
        (kind === 'date' &&
          DATE_KINDS.has(t.word) &&
          (tokens[i - 1]?.word === 'what' || tokens[i - 1]?.word === 'which')) ||
        // "per month", "a year": the unit of the rate asked, which the rate covers, no topic.
        (rate !== undefined && RATE_UNIT.test(`${tokens[i - 1]?.word} ${t.word}`)),
      ...(PARTICLES.has(tokens[i + 1]?.word ?? '') ? { particle: tokens[i + 1]?.word as string } : {}),
      ...(inName ? { inName } : {}),
      ...(tokens[i - 1] ? { prev: tokens[i - 1]?.word as string } : {}),
      ...(tokens[i + 1] ? { next: tokens[i + 1]?.word as string } : {}),
      ...(POSSESSIVES.has(tokens[i + 1]?.word ?? '') && tokens[i + 2]
        ? { object: tokens[i + 2]?.word as string }
        : {}),
      ...(i >= 2 && POSSESSIVES.has(tokens[i - 1]?.word ?? '') && !isStopWord(tokens[i - 2]?.word ?? '')
        ? { verb: tokens[i - 2]?.word as string }
        : {}),
    });
  });
  const event = eventOf(folded, words);
  const countedEvent = counted ? countedEventOf(folded, counted, words) : undefined;
  // "how much do Nordvik Air pilots earn": the words after the auxiliary, one of them the verb.
  const clause =
    (kind === 'count' || kind === 'money') && !countedEvent
      ? /^how (?:much|many)(?: more)? (?:do|does|did|will|would|can|could|should)\s+(.+)$/.exec(folded)?.[1]
      : undefined;
  const clauseWords = new Set(clause?.split(/\s+/));
  const measuredBy = clause
    ? words.filter((w) => clauseWords.has(w.word) && !w.frame && !w.measure).map((w) => w.word)
    : [];
  // "when was Kestrel Data Systems founded": the last word, said of the subject in the passive.
  const dated = kind === 'date' ? /^when (?:was|were)\s.+\s([a-z]+ed)$/.exec(folded)?.[1] : undefined;
  const datedEvent = dated ? words.find((w) => w.word === dated && !w.frame)?.word : undefined;
  return {
    kind,
    expands,
    age: /\bhow old\b|\b(?:what|which) age\b|\bages?\b/.test(folded),
    wantsQuote,
    ...(speaker ? { speaker } : {}),
    ...(focus ? { focus } : {}),
    ...(counted ? { counted } : {}),
    ...(defines ? { defines } : {}),
    ...(predicate ? { predicate } : {}),
    ...(selects ? { selects } : {}),
    ...(named ? { named } : {}),
    ...(nameAsked ? { nameAsked } : {}),
    ...(countable ? { countable } : {}),
    ...(units ? { units } : {}),
    ...(kind === 'date' && !units && FUTURE_WHEN.test(folded) ? { future: true } : {}),
    ...(rate ? { rate } : {}),
    ...(during ? { during } : {}),
    ...(HISTORY.test(folded) ? { history: true } : {}),
    ...(kind === 'other' && AHEAD.test(folded) ? { ahead: true } : {}),
    ...(event ? { event } : {}),
    ...(times ? { times } : {}),
    ...(countedEvent ? { countedEvent } : {}),
    ...(measuredBy.length ? { measuredBy } : {}),
    ...(datedEvent ? { datedEvent } : {}),
    ...(counted && /\bhow (?:much|many)\s+of\s/.test(folded) ? { part: true } : {}),
    words,
  };
}

/** A figure per unit of time asked for: "a year", "per month", "each day", "annually". */
const RATE_ASKED = new RegExp(
  `\\b(?:a|an|per|each|every)\\s+(${TIME_UNITS})\\b|\\b(annually|yearly|monthly|weekly|daily|hourly)\\b`,
);

const RATE_UNIT = new RegExp(`^(?:a|an|per|each|every) (?:${TIME_UNITS})$`);

function rateAsked(folded: string, kind: AnswerKind, units: number): QuestionAnalysis['rate'] {
  if ((kind !== 'count' && kind !== 'money') || units) return undefined;
  const m = RATE_ASKED.exec(folded);
  if (!m) return undefined;
  return m[1] === 'year' || m[2] === 'annually' || m[2] === 'yearly' ? 'year' : 'other';
}

/** "Will there be …", "is X going to …", "is another storm coming": a yes or no about what is to come. */
const AHEAD = /^(?:will\b|(?:is|are)\b.*\b(?:going to|coming)\b)/;

/** Words of a question about earlier events, which background sentences answer. */
const HISTORY =
  /\b(?:before|previous(?:ly)?|last|ever|history|earlier|past|other|first|since|ago|again|years?|\d{4}|when)\b/;

/** "When will …", "when does it reopen", "when is it going to …": a date still to come. */
const FUTURE_WHEN =
  /\bwhen (?:will|would|shall|does|do)\b|\bwhen (?:is|are)\b.*\b(?:going to|due|expected|set to)\b/;

/** Auxiliaries between "anyone" and its verb ("has anyone been hurt", "did anyone get hurt"). */
const EVENT_AUXILIARIES = new Set(['be', 'been', 'being', 'get', 'got', 'gotten', 'getting']);

/** The verb said of "anyone" / "anybody" in a yes/no question ("was anyone hurt" → "hurt"). */
function eventOf(folded: string, words: QuestionWord[]): string | undefined {
  const m = /^(?:has|have|had|did|does|do|was|were|is|are|will)\s+(?:any ?one|anybody)\s+(.*)$/.exec(folded);
  if (!m) return undefined;
  const next = (m[1] ?? '').split(/\s+/).find((w) => !EVENT_AUXILIARIES.has(w));
  return words.find((w) => w.word === next && !w.frame)?.word;
}

/** Particles that make a phrasal verb of the verb before them ("ended up"), not prepositions. */
const PHRASAL = new Set(['up', 'down', 'out', 'off', 'over', 'away', 'back']);

/** Auxiliaries between the thing counted and its verb ("were arrested", "had to leave"). */
const COUNTED_AUXILIARY =
  /^(?:(?:were|was|are|is|have been|has been|had been|will be|would be|could be|got|get|have to|had to|has to)\s+)?([a-z]+)/;

/** The verb right after the thing counted ("how many miners died" → "died"), if it is no stop word. */
function countedEventOf(folded: string, counted: string, words: QuestionWord[]): string | undefined {
  const at = folded.indexOf(` ${counted} `);
  if (at < 0) return undefined;
  const next = COUNTED_AUXILIARY.exec(folded.slice(at + counted.length + 2))?.[1];
  // A phrasal verb ("ended up", "came off") means what verb and particle say together.
  return words.find((w) => w.word === next && !w.frame && !PHRASAL.has(w.particle ?? ''))?.word;
}
