/**
 * Whose words a question asks for, among the speakers the articles quote: the question's speaker
 * words matched against each speaker's names, roles and context (speakers.ts), within the articles
 * the search found first (speaker-sentences.ts); "the head of X" and "X's boss" by X, and experts of
 * any field for "the expert".
 */
import roles from '../article/attribution/data/roles.json' with { type: 'json' };
import { ORGANISATION_WORDS } from '../article/attribution/lexicon.ts';
import { termOf, tokenize } from '../search/text.ts';
import type { SearchHit } from '../search/types.ts';
import type { Lexicon } from '../search/wordnet/lexicon.ts';
import { baseForms } from '../search/wordnet/morph.ts';
import { type BuiltConcept, WEIGHT } from './concepts.ts';
import { broaderTerms } from './people.ts';
import { chooseSpeakers, type SpeakerChoice } from './speaker-sentences.ts';
import { EXPERT, EXPERT_ROLES, type Speaker, type SpeakerIndex } from './speakers.ts';

// The attribution lexicon's words for people's roles and organisations, and for documents and
// studies (which "say" things too, but are content, not someone who could be quoted).
export const PEOPLE_WORDS = new Set<string>([
  ...roles.titles,
  ...roles.female,
  ...roles.male,
  ...roles.organisationWords,
  ...roles.groupNouns,
]);
export const SOURCE_NOUNS = new Set<string>(roles.sourceNouns);
/** Roles that speak for an organisation ("the head of …"). */
const REPRESENTATIVES = new Set<string>(roles.representatives);

/**
 * A speaker word that must fit whoever is quoted: a name, a role ("president"), or a word the
 * articles use at least by a synonym. Others ("the defence lawyer" when no lawyer is written)
 * cannot tell speakers apart.
 */
export const identifies = (c: BuiltConcept): boolean =>
  c.nameLike ||
  PEOPLE_WORDS.has(c.word.word) ||
  c.concept.alternatives.some((a) => a.weight >= WEIGHT.synonym);

/** Heads of a speaker phrase that say only that it is an organisation ("the laundry company"). */
const KIND_OF_ORGANISATION = new Set([
  'company',
  'firm',
  'business',
  'group',
  'organisation',
  'organization',
  'operator',
]);

/** The government's term, and the terms of the bodies and people that speak for it. */
const GOVERNMENT = termOf('government');
const GOVERNMENT_BODIES = ['department', 'ministry', 'minister'].map((w) => [termOf(w)]);

/** The articles of the hits that write every one of the question's concepts at `at` (at least by a synonym). */
const articlesNaming = (hits: readonly SearchHit[], at: readonly number[]): Set<string> =>
  new Set(
    hits
      .filter((h) => at.every((i) => i >= 0 && (h.matchWeights[i] ?? 0) >= WEIGHT.synonym))
      .map((h) => h.articleId),
  );

/** Words making a role another one: the shadow minister is no minister, the former mayor no mayor. */
const ROLE_MODIFIERS = ['shadow', 'former', 'deputi', 'act', 'vice', 'ex', 'interim'];

/**
 * "What did the education secretary say" over an article quoting both "Education Secretary Rachel
 * Kerr" and "Shadow education secretary Tom Birch": a speaker whose role is made another by a word
 * the question does not say ("shadow", "former", "deputy", "acting") is not the one asked about,
 * when another speaker fits without one.
 */
function unmodified(choice: SpeakerChoice<Speaker>, phrase: string | undefined): SpeakerChoice<Speaker> {
  const asked = new Set(tokenize(phrase ?? '').map((t) => termOf(t.word)));
  const modified = (sp: Speaker) => ROLE_MODIFIERS.some((m) => sp.terms.includes(m) && !asked.has(m));
  if (!choice.marking.some(modified) || choice.marking.every(modified)) return choice;
  const takenKept = choice.marking.slice(0, choice.taken).filter((sp) => !modified(sp)).length;
  return { marking: choice.marking.filter((sp) => !modified(sp)), taken: takenKept };
}

export class SpeakerMatcher {
  private readonly rolesKnown = new Map<string, string[]>();

  constructor(
    private readonly lexicon: Lexicon,
    /** The engine's speakers (read through a function: restoring a snapshot replaces them). */
    private readonly speakers: () => SpeakerIndex,
  ) {}

  /**
   * The roles a role word is a kind of, as index terms: WordNet's broader terms that are words for
   * people's roles ("cardiologist" → doctor, expert; "inspector" → police officer). Each word once.
   */
  broaderRoles(word: string): readonly string[] {
    let known = this.rolesKnown.get(word);
    if (known) return known;
    known = [];
    for (const up of broaderTerms(word, this.lexicon)) {
      const parts = up.split(' ');
      if (parts.every((p) => PEOPLE_WORDS.has(p))) for (const p of parts) known.push(termOf(p));
    }
    if (this.rolesKnown.size >= 10_000) this.rolesKnown.clear();
    this.rolesKnown.set(word, known);
    return known;
  }

  /** Whether the question's speaker phrase names someone (a name, a role, an organisation). */
  isSomeone(concepts: BuiltConcept[]): boolean {
    const words = concepts.filter((c) => c.word.speaker);
    if (words.some((c) => SOURCE_NOUNS.has(c.word.word))) return false;
    return words.some((c) => c.nameLike || PEOPLE_WORDS.has(c.word.word));
  }

  /**
   * Speakers (across the articles) matched by the question's speaker words; at scale, those in
   * the articles the search found come first (see speaker-sentences.ts).
   */
  match(
    concepts: BuiltConcept[],
    hits: readonly SearchHit[],
    articleId?: string,
    phrase?: string,
    searchConcepts: readonly BuiltConcept[] = [],
  ): SpeakerChoice<Speaker> {
    // Words the articles never use, even by a synonym ("lawyer"), cannot tell speakers apart;
    // the rest must all fit. What the others leave uncovered still counts against coverage.
    const words = concepts.filter((c) => c.word.speaker && c.counts && identifies(c));
    if (!words.length) return { marking: [], taken: 0 };
    let all = unmodified(this.pick(words, hits, articleId), phrase);
    // "The ferry company": the head says only that it is some organisation, which an article's
    // "Northbay Ferries" need not write; the words before it pick the speaker then.
    const specific = words.filter((c) => !KIND_OF_ORGANISATION.has(c.word.word));
    if (!all.marking.length && specific.length && specific.length < words.length)
      all = unmodified(this.pick(specific, hits, articleId), phrase);
    if (!all.marking.length) all = this.governmentBody(words, hits, articleId, phrase);
    if (all.marking.length || !phrase) return all;
    const members = this.byMembers(words, hits, articleId, phrase, searchConcepts);
    if (members) return members;
    const experts = this.experts(words, hits, articleId, searchConcepts);
    if (experts) return experts;
    // "the spokeswoman for Rising Tide": the article may name the group in another sentence than
    // the one quoting "the group's spokeswoman". The phrase's head before "for", "of", "at" … picks
    // the speaker, in an article where a searched sentence names the rest.
    // "Nordvik Air's boss" is "the boss of Nordvik Air", when the head is a role that speaks for
    // an organisation ("Thailand's foreign minister" is no minister of any other country).
    const of = /^(.*?)\s+(?:for|of|at|from|with)\s/.exec(phrase)?.[1];
    const owned = /^.+?['’]s?\s+(.+)$/.exec(phrase)?.[1];
    const head =
      of ?? (owned && tokenize(owned).every((t) => REPRESENTATIVES.has(t.word)) ? owned : undefined);
    const headWords = new Set(head ? tokenize(head).map((t) => t.word) : []);
    const lead = words.filter((c) => headWords.has(c.word.word));
    const rest = words.filter((c) => !headWords.has(c.word.word));
    if (!lead.length || !rest.length) return all;
    // "Y's boss" only of an organisation WordNet does not know (a company, not "Indonesia's
    // president": a country's president is no chief executive quoted in an article naming it).
    if (!of && !rest.some((c) => c.nameLike && !baseForms(c.word.word, this.lexicon).length)) return all;
    const restAt = rest.map((c) => searchConcepts.indexOf(c));
    const naming = articlesNaming(hits, restAt);
    if (!naming.size) return all;
    const byHead = this.pick(lead, hits, articleId);
    const marking = byHead.marking.filter((sp) => naming.has(sp.articleId));
    // "The head of the Serious Fraud Office", never quoted himself: the office speaks for him
    // ("according to the Serious Fraud Office"), when the head is a role that speaks for it.
    // (Not for "Indonesia's president": a country's spokesman does not speak for its president.)
    if (!marking.length && of && lead.every((c) => REPRESENTATIVES.has(c.word.word)))
      return this.pick(rest, hits, articleId);
    return { marking, taken: Math.min(byHead.taken, marking.length) };
  }

  /**
   * "What did the government say": a ministry or department speaks for it ("the Department of
   * Health said"), as a minister does, when nobody is called the government itself.
   */
  private governmentBody(
    words: BuiltConcept[],
    hits: readonly SearchHit[],
    articleId: string | undefined,
    phrase: string | undefined,
  ): SpeakerChoice<Speaker> {
    const government = (c: BuiltConcept) =>
      termOf(c.word.word) === GOVERNMENT || c.picks.some((p) => p.length === 1 && p[0] === GOVERNMENT);
    if (!words.some(government)) return { marking: [], taken: 0 };
    const asBodies = words.map((c) =>
      government(c) ? { ...c, picks: [...c.picks, ...GOVERNMENT_BODIES] } : c,
    );
    return unmodified(this.pick(asBodies, hits, articleId), phrase);
  }

  /**
   * "The teachers' union", "the farmers' association": whom an organisation is made of need not be
   * in its name ("the General Education Union"). The organisation word then picks the speaker, in
   * an article the search found speaking of those members.
   */
  private byMembers(
    words: BuiltConcept[],
    hits: readonly SearchHit[],
    articleId: string | undefined,
    phrase: string,
    searchConcepts: readonly BuiltConcept[],
  ): SpeakerChoice<Speaker> | undefined {
    const possessive = /(?<![\p{L}'’])(\p{L}+s)['’]\s+(\p{L}+)/u.exec(phrase);
    const owners = possessive?.[1];
    const body = possessive?.[2];
    if (!owners || !body || !ORGANISATION_WORDS.has(body)) return undefined;
    const members = words.filter((c) => c.word.word === owners);
    const rest = words.filter((c) => c.word.word !== owners);
    // Written with capitals, "the Irish Farmers' Association" is a name, which must fit as written.
    const named = words.some((c) => (c.word.word === owners || c.word.word === body) && c.word.capital);
    if (named || !members.length || !rest.some((c) => c.word.word === body)) return undefined;
    const at = members.map((c) => searchConcepts.indexOf(c));
    if (at.some((i) => i < 0)) return undefined;
    const naming = articlesNaming(hits, at);
    const byBody = unmodified(this.pick(rest, hits, articleId), phrase);
    const marking = byBody.marking.filter((sp) => naming.has(sp.articleId));
    return marking.length ? { marking, taken: Math.min(byBody.taken, marking.length) } : undefined;
  }

  /**
   * "What do other scientists think", "what does the volcano expert think": nobody quoted is called
   * so, but an expert of another kind is ("Other experts welcomed the find", "Volcanologist
   * Thorvaldur Thordarson"): the role words of expertise stand for each other (see speakersOf). The
   * field before the role ("volcano") is then what the expert's article speaks of, not a word of
   * the expert's.
   */
  private experts(
    words: BuiltConcept[],
    hits: readonly SearchHit[],
    articleId: string | undefined,
    searchConcepts: readonly BuiltConcept[],
  ): SpeakerChoice<Speaker> | undefined {
    const roles = words.filter((c) => EXPERT_ROLES.has(termOf(c.word.word)));
    if (!roles.length) return undefined;
    const asExperts = words.map((c) => (roles.includes(c) ? { ...c, picks: [...c.picks, [EXPERT]] } : c));
    const direct = this.pick(asExperts, hits, articleId);
    if (direct.marking.length) return direct;
    const field = words.filter((c) => !roles.includes(c));
    const fieldAt = field.map((c) => searchConcepts.indexOf(c));
    if (!field.length || fieldAt.some((i) => i < 0)) return undefined;
    const naming = articlesNaming(hits, fieldAt);
    const byRole = this.pick(
      asExperts.filter((c) => roles.some((r) => r.word === c.word)),
      hits,
      articleId,
    );
    const marking = byRole.marking.filter((sp) => naming.has(sp.articleId));
    return marking.length ? { marking, taken: Math.min(byRole.taken, marking.length) } : undefined;
  }

  private pick(
    words: BuiltConcept[],
    hits: readonly SearchHit[],
    articleId?: string,
  ): SpeakerChoice<Speaker> {
    let taken = 0;
    const hitArticles = hits.map((h) => h.articleId);
    // A weak stand-in does not pick a speaker out: "judge" is related to "law", but "a lecturer in
    // law" is no judge.
    const marking = this.speakers().matching(
      // A role the articles never write may be one a speaker's role is a kind of (see broaderRoles).
      words.map((w) => [...w.picks, [termOf(w.word.word)]]),
      (matches) => {
        const choice = chooseSpeakers(matches, hitArticles);
        taken = choice.taken;
        return choice.marking;
      },
      articleId === undefined ? undefined : new Set([articleId]),
    );
    return { marking, taken };
  }
}
