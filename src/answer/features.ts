/**
 * What kind of information a sentence carries (numbers, dates, people, places, reasons), for the
 * question's expected kind of answer. Generic English cues only.
 */
import type { AnswerKind } from './analyze.ts';

// "one" is left out: it is a pronoun as often as a number ("One Rohingya, …").
const NUMBER =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|percent|per cent)\b/i;
// Shares given as fractions: "a quarter of the region's water", "two thirds of the cars", "one in
// four students", "half of the …" (not "the third outbreak", "the first half").
const FRACTION =
  /\b(?:a|one|two|three|four)[\s-]+(?:half|halves|thirds?|quarters?|fifths?|tenths?)\s+of\b|\bhalf\s+(?:of\s+)?(?:the|all|its|their|his|her)\b|\bone\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i;
// A percentage: "54 percent", "12%", "per cent", "percentage points".
const PERCENT = /\d\s?%|\b(?:per ?cent|percentage points?)\b/i;
/** The units of time a rate is given per ("a day", "per year"), as a pattern's alternatives. */
export const TIME_UNITS = 'second|minute|hour|day|week|month|year';
// A rate, how much of something per unit of time ("1,500 cubic metres per second", "several
// hundred a day", "120 km/h", "an annual salary"): what "how fast" asks.
const RATE = new RegExp(
  `\\bper\\s+(?:${TIME_UNITS}|annum)\\b|\\b(?:annual(?:ly)?|yearly|monthly|weekly|daily|hourly)\\b|\\b(?:\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds?|thousands?|millions?|dozens?|several|few)(?:\\s+[\\p{L}-]+){0,3}\\s+(?:a|an|each|every)\\s+(?:${TIME_UNITS})\\b|\\d\\s?(?:km\\/h|kph|mph|knots)\\b`,
  'iu',
);
// A figure of something that recurs: "About 12,000 cars used the bridge every day".
const EVERY = new RegExp(`\\b(?:each|every)\\s+(?:${TIME_UNITS})\\b`, 'i');
// A telephone number: digits in groups, 7 or more in all ("0800 123 4567", "+47 22 33 44 55",
// "(020) 7946 0958"); not a figure ("2,300", "1.5 million") nor a year.
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\b\d{2,5}(?:[\s.-]\d{2,5}){1,4}\b/g;
const isPhone = (t: string): boolean => {
  for (const m of t.matchAll(PHONE)) if (m[0].replace(/\D/g, '').length >= 7) return true;
  return false;
};
// A figure's year: "in 2025", "last year", "this season", "annual", "a year" ("2.4 million trucks crossed the pass
// in 2025" says how many cross a year).
const YEARLY =
  /\b(?:in|during|for|of|since)\s+(?:1[5-9]|20)\d\d\b|\b(?:last|this|next|a|per|each|every|the past|the previous)\s+(?:year|season)\b|\b(?:annual(?:ly)?|yearly|per annum)\b/i;
// Times of day ("3:40 a.m.", "at 9pm", "noon") answer "when" and "what time" as dates do.
const TIME_OF_DAY =
  /\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\b|h\b)|\b\d{1,2}\s?[ap]\.?m\.?(?:\s|$|[,;)])|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight|o'clock|dawn|dusk)\b/i;
// Sums of money: "$10,000", "NZ$4.2 million", "€5m", "300 euros", "USD 20".
const CURRENCIES =
  'dollars?|euros?|pounds? sterling|pounds|yen|yuan|rupees?|pesos?|francs?|rand|reais|rubles?|roubles?|kronor|kroner|krona|krone|lira|dinars?|dirhams?|riyals?|shillings?|naira|z[lł]oty(?:s)?|forints?|korun[ay]?|lei|leu|hryvnias?|ringgits?|baht|rupiahs?|shekels?|cents?|pence';
// The words multiplying a figure ("3.1 million", "€5m", "2bn").
const SCALE_WORDS = 'million|billion|thousand|trillion|m|bn';
const MONEY_UNITS = `(?:(?:${SCALE_WORDS})\\s+)?(?:of\\s+)?(?:${CURRENCIES})\\b`;
const AMOUNT_WORDS =
  '(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|several|few)[\\s-]+){1,3}';
const CURRENCY_CODES = 'USD|EUR|GBP|JPY|CNY|INR|AUD|NZD|CAD|CHF';
const MONEY = new RegExp(
  `[$€£¥₹]\\s?\\d|\\b(?:${CURRENCY_CODES})\\s?\\d|(?:\\b\\d[\\d.,]*\\s*|\\b${AMOUNT_WORDS})${MONEY_UNITS}`,
  'i',
);
// … and with the country's name between: "1.1 million Danish kroner", "40 Hong Kong dollars", "5 US dollars" (the
// name written with capitals, unlike "in 2019 the dollar fell").
const MONEY_OF_A_COUNTRY = new RegExp(
  `\\b\\d[\\d.,]*\\s*(?:(?:${SCALE_WORDS})\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){1,2}(?:${CURRENCIES})\\b`,
  'u',
);
// The calendar's names, once for the date, reason and place patterns below.
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
// Years of long ago as news gives them, after "in", "since" … and before a clause ("struck in
// 1046, which suggests …"), not "in 300 cases".
const DATE = new RegExp(
  `\\b(?:${MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|${WEEKDAYS}|yesterday|today|tomorrow|tonight|morning|evening|week|month|year|decade|century|ago|since|until|(?:1[5-9]|20)\\d\\d)\\b|\\b(?:in|since|until|from|around|circa)\\s+\\d{3,4}(?=\\s*[,.;:)]|\\s+(?:and|or|but|which|when|while|AD|BC|BCE|CE)\\b)`,
  'i',
);
// "is due to end at midnight", "due to be sworn in": "due to" before a bare verb is a schedule, not
// a cause. The verbs a schedule names; "due to rain", "due to the storm" stay reasons.
const SCHEDULED = [
  ...['be', 'begin', 'start', 'end', 'finish', 'close', 'open', 'reopen', 'go', 'come', 'take', 'make'],
  ...['meet', 'vote', 'arrive', 'leave', 'depart', 'land', 'return', 'resume', 'expire', 'launch'],
  ...['appear', 'face', 'stand', 'hold', 'hear', 'report', 'deliver', 'publish', 'release', 'visit'],
  ...['sign', 'complete', 'run', 'enter', 'retire', 'step', 'speak', 'testify', 'give', 'announce'],
  ...['decide', 'rule', 'stay', 'remain', 'become', 'receive', 'join', 'travel', 'debate', 'consider'],
].join('|');
// What a sentence says will happen, by its tense or its schedule words.
const FUTURE =
  /\b(?:will|would|shall|until|till|expected to|due to|set to|scheduled|plans? to|planned|next|later this|from now)\b|'ll\b|\b(?:could|may|might) (?!have\b|not\b)(?:remain|stay|last|take|reopen|resume|open|close|begin|start|end|continue|run)\b/i;
const BACKGROUND = new RegExp(
  `^(?:In (?:(?:${MONTHS})(?: \\d{4})?|\\d{4})|Last (?:year|month|week)|Earlier this (?:year|month)|Previously|In the past),`,
  'i',
);
// Reasons news gives without "because": an act and its justification ("rejected the offer, saying
// it undervalued the company", "citing rising costs"), what made something worse ("had made the
// region more vulnerable", "made worse by illegal mining"), a causal "as" after a comma ("…, as it
// struggles with falling sales").
const JUSTIFIED = [
  ',\\s+(?:saying|arguing|citing)\\b',
  '\\bmade\\s+worse\\b',
  "\\bmade\\s+(?:[\\w'-]+\\s+){1,3}(?:worse|more|less)\\b",
  ',\\s+as\\s+(?:it|they|he|she|we)\\s',
].join('|');
// What happens as a rule ("Landslides … kill dozens of people in Peru almost every year"): news
// gives it as background to the event reported.
const HABITUAL = /\b(?:(?:almost|nearly)\s+)?every\s+(?:year|winter|summer|spring|autumn)\b/i;
const REASON = new RegExp(
  `\\b(?:because|due to(?!\\s+(?:${SCHEDULED})\\b)|owing to|as a result|result of|caused|causes|led to|leads to|after|following|so that|in order to|since(?!\\s+(?:\\d|the (?:start|end|beginning)|last|then|early|late|${MONTHS}|${WEEKDAYS}))|affected|therefore|thus|reason|in response to|thanks to|(?:protest(?:s|ed|ing)?|strik(?:e|es|ing)|walk(?:ed|ing)? out|campaign(?:s|ed|ing)?|angry|anger|worried|concerns?|concerned)\\s+(?:against|over|about|at)|(?:blam(?:e|es|ed|ing)|attribut(?:e|es|ed|ing))\\s+(?:(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+|this\\s+)?[\\w-]+(?:\\s+[\\w-]+)?\\s+)?(?:on|to)|blam(?:e|es|ed|ing)\\s+(?:a|an|the|its|their|rising|falling|poor|high|low)\\s+(?:[\\w-]+\\s+){1,2}?(?:of|in)|citing)\\b|${JUSTIFIED}`,
  'i',
);
// "on Sunday", "in March": a time, not a place.
const CALENDAR = `(?:${`${WEEKDAYS}|${MONTHS}`.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())})`;
// A place noun names a place only with its name ("the Kursk region", "Castlefrank Road", "the city
// of Copiapó"): "the region" or "the country" alone points back to a place said before.
const PLACE_NOUNS = [
  ...['street', 'road', 'avenue', 'city', 'town', 'village', 'region', 'province'],
  ...['state', 'country', 'coast', 'border', 'capital'],
];
const PLACE_NOUN = `(?:${PLACE_NOUNS.map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`).join('|')})`;
const NOT_A_NAME = '(?:The|This|That|These|Those|A|An|Its|Their|Our|His|Her|Every|Each)\\s';
// "in Jakarta", "in the Andaman Sea", "in journal Nature", "in northern Syria", "outside Leinster House".
const PLACE = new RegExp(
  [
    `\\b(?:in|at|on|near|from|to|into|across|along|off|outside|inside|through|towards?|around|behind|beside|opposite)\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+)?(?!${CALENDAR}\\b)\\p{Lu}`,
    `\\b(?!${NOT_A_NAME})\\p{Lu}[\\p{L}'-]*\\s+${PLACE_NOUN}\\b`,
    `\\b${PLACE_NOUN}\\s+of\\s+\\p{Lu}`,
  ].join('|'),
  'u',
);

// The agent of a passive ("was supported by the Croucher Foundation"): who did it.
const AGENT =
  /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|id|lt|ht)\s+by\s+(?:the\s+)?\p{Lu}/u;
const NAME_PAIR = /\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u;

// How news gives ages: "Thomas Sam, 42, and", "a 9-year-old", "aged 36", "at the age of four";
// a building's or a custom's: "the 13th-century church", "dating back to 1350", "built in 1820",
// "the hall, which opened in 1879".
// A person's age after the name or in brackets: "Donna Kilbride, 47,", "(42)".
const PERSON_AGE = String.raw`\p{Lu}\p{Ll}+,\s\d{1,3},|\(\d{1,3}\)`;
const AGE = new RegExp(
  String.raw`${PERSON_AGE}|\b[\w-]+-(?:year|month|week|day)-old\b|\baged\s+\d|\bage of\b|\b\d{1,2}(?:st|nd|rd|th)[- ]century\b|\b(?:dat(?:ing|es|ed) (?:back )?(?:to|from)|(?:built|founded|established|constructed|opened|erected|consecrated|inaugurated) in) (?:the )?\d`,
  'u',
);

/** What the kinds of answer are read from: a sentence's words and whether it quotes someone. */
export interface SentenceFeatures {
  text: string;
  /** Attributed to a person or organisation (a document does not count). */
  quotesSomeone: boolean;
  /** Last words of the article's names of two capitalised words ("Sheehan" of "Dan Sheehan"). */
  surnames?: ReadonlySet<string>;
}

/** The last words of a text's names of two capitalised words, not opening a sentence. */
export function surnamesIn(text: string): Set<string> {
  return new Set(
    [...text.matchAll(new RegExp(NAME_PAIR.source, 'gu'))].map((m) => m[0].trim().split(/\s+/)[1] as string),
  );
}

/**
 * Which kinds of answer a sentence offers, as bits: worked out once when an article is indexed,
 * so that ranking needs no sentence text (a large library keeps none in memory).
 */
export const FEATURE = {
  number: 1,
  date: 2,
  reason: 4,
  place: 8,
  /** Someone quoted, or the agent of a passive. */
  person: 16,
  /** Two capitalised words: perhaps a name. */
  namePair: 32,
  age: 64,
  /** A sum of money. */
  money: 128,
  /** Figures with a unit: a temperature, a length or distance (speeds too), a duration, a weight. */
  temperature: 256,
  length: 512,
  duration: 1024,
  weight: 2048,
  /** A time of day ("3:40 a.m."), for "what time". */
  clock: 4096,
  /** A rate: a figure per unit of time ("800 cubic metres per second", "several hundred a day"). */
  rate: 8192,
  /** The agent of a passive ("built by the Indian space agency"): who did it, not who says so. */
  agent: 16384,
  /** A date said of what is still to come ("will stay closed until Wednesday", "is expected to
   * last until February 20"): for "when will …". */
  future: 32768,
  /** A sentence opening on an earlier time ("In 2017, floods … killed", "In March, 12 cars …"):
   * news gives background that way, not the event reported. */
  background: 65536,
  /** A sentence saying what will or may be ("is planned", "would reach", "has not ruled out"). */
  prospect: 131072,
  /** A share: a percentage or a fraction ("54 percent", "two thirds of"), for "what share of …". */
  share: 262144,
  /** A figure over a year ("crossed the pass in 2025", "last year", "annual"): for "… a year". */
  yearly: 524288,
  /** A telephone number ("0800 123 4567", "+47 22 33 44 55"): for "what is the helpline number". */
  phone: 1048576,
  /** A tally: a score or a vote ("won 2-1", "voted 31–12", "by 9 votes to 4"), for "what was the score". */
  tally: 2097152,
  /** A figure that counts things ("61 participants", "rose to 12", "54 percent of them"): not a
   * sum, an age, a date or a measure in a unit ("41,000 hectares"), for "how many …". */
  count: 4194304,
} as const;

// Two small figures joined by a dash, not a range of a unit ("10-15 minutes") nor part of a date or
// a longer figure; or a vote's figures joined by "to".
const TALLY =
  /(?<![\w.,:/-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\w.,:/%-]|\s?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|per|percent|kg|km|metres?|meters?|miles?|degrees?|points?)\b)|\bvot\w*\b[^.]{0,30}?\b\d{1,3}\s+(?:votes?\s+)?to\s+\d{1,3}\b|\b\d{1,3}\s+votes?\s+(?:to|against)\s+\d{1,3}\b/i;

const FIGURE_OR_WORD =
  '(?:\\d[\\d.,]*|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds?|thousands?|several|a few)\\b)';
// "90 million years", "2.5 thousand tonnes": a multiplier may stand between the figure and the unit.
const unit = (units: string) =>
  new RegExp(
    `${FIGURE_OR_WORD}\\s?(?:(?:hundred|thousand|million|billion)\\s)?(?:-\\s?)?(?:${units})\\b`,
    'i',
  );
// "8 degrees Celsius", "-3°C", "38.8C"; "35-kilometre mark", "two miles"; "2 hours, 1 minute", "five weeks"
// or "several weeks",
// "2:19:32"; "40 kg"; "120 km/h".
const LENGTH_UNITS =
  'km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|cm|centimet(?:re|er)s?|mm|feet|foot|ft|inch(?:es)?|yards?|light-years?|light years?|parsecs?|astronomical units?';
const DURATION_UNITS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|seasons?';
const WEIGHT_UNITS = 'kg|kilo(?:gram)?s?|tonnes?|tons?|grams?|lbs?';
const UNITS: [number, RegExp][] = [
  [256, /-?\d+(?:[.,]\d+)?\s?°|\b(?:\d[\d.,]*|\w+)\s+degrees?\b/i],
  // "38.8C", "-4F" as news write them, without the degree sign (a capital: "50c" is a price).
  [256, /(?<![\w.,])-?\d{1,3}(?:\.\d)?[CF]\b/],
  [512, unit(LENGTH_UNITS)],
  // "since 2022", "since March": how long, from when.
  [
    1024,
    /\b\d{1,2}:\d{2}:\d{2}\b|\bsince (?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
  ],
  [1024, unit(DURATION_UNITS)],
  [2048, unit(WEIGHT_UNITS)],
  [512, /\d\s?(?:km\/h|kph|mph|knots)\b|\b(?:kilomet(?:re|er)s|miles) (?:per|an) hour\b/i],
];

/**
 * Whether a word is a unit of measure ("years", "kilometres", "percent"): a figure of it measures,
 * it counts no one, whatever WordNet's rarer senses of the word ("years": old age, whose related
 * words reach "geezer", a person).
 */
/** Units besides lengths, durations and weights: of age, temperature, volume and area. */
const OTHER_UNITS = 'centur(?:y|ies)|degrees?|litres?|liters?|hectares?|acres?';
const MEASURE_WORD = new RegExp(
  `^(?:${LENGTH_UNITS}|${DURATION_UNITS}|${WEIGHT_UNITS}|${OTHER_UNITS}|percent|pounds?)$`,
);
export const isMeasureWord = (word: string): boolean => MEASURE_WORD.test(word);

export function featureBits(s: SentenceFeatures): number {
  const t = s.text;
  let bits = 0;
  if (NUMBER.test(t) || FRACTION.test(t)) bits |= FEATURE.number;
  if (PERCENT.test(t) || FRACTION.test(t)) bits |= FEATURE.share;
  if (RATE.test(t) || (bits & FEATURE.number && EVERY.test(t))) bits |= FEATURE.rate | FEATURE.number;
  if (YEARLY.test(t)) bits |= FEATURE.yearly;
  if (/\d[\s.-]\d/.test(t) && isPhone(t)) bits |= FEATURE.phone | FEATURE.number;
  if (TIME_OF_DAY.test(t)) bits |= FEATURE.date | FEATURE.clock;
  else if (DATE.test(t)) bits |= FEATURE.date;
  if (FUTURE.test(t)) bits |= bits & FEATURE.date ? FEATURE.prospect | FEATURE.future : FEATURE.prospect;
  if ((BACKGROUND.test(t) || HABITUAL.test(t)) && !FUTURE.test(t)) bits |= FEATURE.background;
  if (MONEY.test(t) || MONEY_OF_A_COUNTRY.test(t)) bits |= FEATURE.money | FEATURE.number;
  for (const [bit, re] of UNITS) if (!(bits & bit) && re.test(t)) bits |= bit | FEATURE.number;
  if (REASON.test(t)) bits |= FEATURE.reason;
  if (PLACE.test(t)) bits |= FEATURE.place;
  if (AGENT.test(t)) bits |= FEATURE.person | FEATURE.agent;
  else if (s.quotesSomeone) bits |= FEATURE.person;
  // "Sheehan was named player of the match": a name the article gave whole before.
  if (NAME_PAIR.test(t) || (s.surnames?.size && t.match(/\p{Lu}\p{Ll}+/gu)?.some((w) => s.surnames?.has(w))))
    bits |= FEATURE.namePair;
  if (AGE.test(t)) bits |= FEATURE.age;
  if (TALLY.test(t)) bits |= FEATURE.tally | FEATURE.number;
  if (bits & FEATURE.number && countsThings(t)) bits |= FEATURE.count;
  return bits;
}

/** Whether a sentence says how old someone or something is ("how old …?"). */
export const givesAge = (text: string): boolean => AGE.test(text);

/**
 * Whether a sentence (its feature bits) offers the kind of answer asked for (1), partly, or not (0).
 * `units`: the figures a "how cold / how far / how long" question wants (FEATURE bits); a figure
 * of another unit offers nothing ("48 seconds" is not how cold it was).
 */
export function kindOffered(kind: AnswerKind, bits: number, units = 0, future = false): number {
  switch (kind) {
    case 'count':
      if (units) return bits & units ? 1 : 0;
      return bits & FEATURE.number ? 1 : 0;
    case 'money':
      return bits & FEATURE.money ? 1 : 0;
    case 'date':
      // "What time": a time of day answers; a day, half.
      if (units) return bits & units ? 1 : bits & FEATURE.date ? 0.5 : 0;
      // "When will it reopen": a date of what is to come answers; a date of the past, half.
      if (future) return bits & FEATURE.future ? 1 : bits & FEATURE.date ? 0.25 : 0;
      return bits & FEATURE.date ? 1 : 0;
    case 'reason':
      return bits & FEATURE.reason ? 1 : 0;
    case 'tally':
      return bits & FEATURE.tally ? 1 : 0;
    case 'place':
      return bits & FEATURE.place ? 1 : 0;
    case 'person':
      // "Who built it" (`units`: the agent): whoever the sentence quotes says so, and did not
      // necessarily do it. Two capitalised words may be a name (or a title: "Nature Climate
      // Change"): less.
      if (bits & (units || FEATURE.person)) return 1;
      return bits & FEATURE.namePair ? 0.6 : 0;
    default:
      return 0;
  }
}

/** Whether a sentence offers the kind of answer asked for (1), partly (between), or not (0). */
export const kindMatch = (kind: AnswerKind, sentence: SentenceFeatures): number =>
  kindOffered(kind, featureBits(sentence));

/**
 * Whether a sentence says of someone that they are a `noun`: an apposition ("Thomas Sam, a
 * practising homeopath,") or a copula ("Sam is a homeopath"), up to two modifiers between.
 */
export function predicates(text: string, noun: string): boolean {
  const word = noun.replace(/[^\p{L}\p{N}-]/gu, '');
  if (!word) return false;
  return new RegExp(
    `(?:,\\s+|\\b(?:is|are|was|were)\\s+)(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,2}${word}(?:s|es)?\\b`,
    'iu',
  ).test(text);
}

/** Number words a figure may be written in ("twenty", "thousands"): "one" is a pronoun as often. */
export const FIGURE_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens|millions';
const FIGURE_BASE = `(?:\\d[\\d,.]*|(?:${FIGURE_WORDS})\\b)`;
/** "3.1 million", "five-hundred": a multiplier after the figure. */
export const MULTIPLIER = '(?:[\\s-]+(?:hundred|thousand|million|billion))?';

// A figure, in digits or words (not "one": "one of them", "one judge" count nothing asked;
// "scored twice" counts).
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}.,:/-])(?:\\d[\\d,]*(?:\\.\\d+)?|(?:twice|fifteen|${FIGURE_WORDS})\\b)`,
  'giu',
);
// What makes a figure no count: a unit or a currency after it ("41,000 hectares", "3 million
// euros", "the 47-year-old"), a currency sign before it, or a clock, a date or a year around it.
const UNIT_AFTER = new RegExp(
  `^(?:\\s?(?:hundred|${SCALE_WORDS})\\b)?(?:\\s?-\\s?|\\s)?(?:${LENGTH_UNITS}|${DURATION_UNITS}|${WEIGHT_UNITS}|${CURRENCIES}|${OTHER_UNITS}|cubic|square|sq|gallons?|barrels?|°|km\\/h|kph|mph|knots|[ap]\\.?m\\b|[:.]\\d|(?:st|nd|rd|th)\\b|(?:${MONTHS})\\b)`,
  'iu',
);
const SIGN_BEFORE = new RegExp(`(?:[$€£¥₹]|\\b(?:${CURRENCY_CODES}|${MONTHS})\\s?)$`, 'iu');
const YEAR = /^(?:1[5-9]|20)\d\d$/;
// Ages: "Donna Kilbride, 47,", "(42)", "aged 34 and 27".
const AGES = new RegExp(String.raw`${PERSON_AGE}|\baged\s+\d{1,3}(?:\s*(?:and|to|or|-|–)\s*\d{1,3})?`, 'gu');

/** Whether a text gives a figure that counts things (see FEATURE.count). */
export function countsThings(text: string): boolean {
  const t = text.replace(AGES, ' ');
  for (const m of t.matchAll(FIGURE)) {
    const at = m.index ?? 0;
    const figure = m[0];
    if (YEAR.test(figure)) continue;
    if (UNIT_AFTER.test(t.slice(at + figure.length, at + figure.length + 40))) continue;
    if (SIGN_BEFORE.test(t.slice(Math.max(0, at - 12), at))) continue;
    // Letters right after the figure other than a unit or a multiplier ("3m people") name
    // something ("5G", "A4").
    const after = t.slice(at + figure.length, at + figure.length + 3);
    if (/^\p{L}/u.test(after) && !/^(?:m|bn|k)\b/i.test(after) && /\d$/.test(figure)) continue;
    return true;
  }
  return false;
}

// Each figure, its multiplier and the words after it, in lower-case text. One pattern compiled
// once: a pattern per counted word took ~1 ms to compile (case-insensitive Unicode classes), more
// than the rest of a question. The words are looked ahead, so that a figure among them is found too.
const FIGURE_AHEAD = new RegExp(
  `(?<!\\b(?:one|1)\\s+in\\s+)${FIGURE_BASE}(${MULTIPLIER})(?!\\s+(?:halves|thirds|quarters|fifths|tenths)\\b)(?=((?:\\s+\\S+){1,8}))`,
  'gu',
);
const WORD_ONLY = /^[\p{L}'’-]+$/u;

/**
 * Whether a sentence gives a figure for the thing counted: the figure right before it, up to three
 * words between ("48,210 post-menopausal women", "1,854 of the women", "3.1 million current and
 * former customers"). `stem` is the counted word's index term, matched as a prefix ("women",
 * "peopl"). A share is no count: "two thirds of the cars", "one in four students".
 */
export function countsOf(text: string, stem: string): boolean {
  const word = stem.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const lower = text.toLowerCase();
  // Most sentences read never name the counted thing.
  if (!word || !lower.includes(word)) return false;
  for (const m of lower.matchAll(FIGURE_AHEAD)) {
    const [, multiplier = '', after = ''] = m;
    if (follows(words(after), 0, 3, word, true)) return true;
    // "715 million": the multiplier may also be the first word after the figure.
    if (/^\s+\S+$/.test(multiplier) && follows(words(multiplier + after), 0, 3, word, true)) return true;
  }
  return false;
}

const words = (after: string): string[] => after.trim().split(/\s+/);

/**
 * Whether `word` begins the word at `at`, or one up to `between` words on, each a word of letters
 * (or "of the" as one, when `ofThe`: "1,854 of the women").
 */
function follows(ws: readonly string[], at: number, between: number, word: string, ofThe: boolean): boolean {
  const w = ws[at];
  if (w === undefined) return false;
  if (w.startsWith(word)) return true;
  if (between === 0) return false;
  if (ofThe && w === 'of' && ws[at + 1] === 'the' && follows(ws, at + 2, between - 1, word, ofThe))
    return true;
  return WORD_ONLY.test(w) && follows(ws, at + 1, between - 1, word, ofThe);
}

// "first" is left out: it ranks more often than it counts ("the first strike in seven years").
const ORDINAL =
  '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:[2-9]|\\d{2,})(?:nd|rd|th))';
const ORDINAL_AHEAD = new RegExp(`\\b${ORDINAL}(?=((?:\\s+\\S+){1,2}))`, 'gu');

/**
 * Whether a sentence counts the thing by its ordinal: "his third marathon" says how many marathons
 * he has run. The ordinal stands right before the counted word, or one word before it.
 */
export function ordinalOf(text: string, stem: string): boolean {
  const word = stem.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const lower = text.toLowerCase();
  if (!word || !lower.includes(word)) return false;
  for (const m of lower.matchAll(ORDINAL_AHEAD))
    if (follows(words(m[1] ?? ''), 0, 1, word, false)) return true;
  return false;
}
