/**
 * Where the sources of one article disagree. Four generic tests, each between claims of different
 * sources (or a source and the article itself):
 * - quantity: the same counted thing with numbers that cannot both hold ("74 settlements" / "28 settlements");
 * - opposite: contrary positions on one opposition of the data file, or one side negating what the
 *   other asserts ("advancing" / "has been stopped", "returned" / "not received");
 * - opposite (blame): different parties blamed;
 * - rejection: a source denies or rejects what another said.
 * Every test also asks for a link between the two clauses (shared content words, the same or a
 * neighbouring sentence, or the article saying that claims differ), because two unrelated numbers
 * or two unrelated "not"s are no disagreement.
 */

import { type Lexicon, wordnetLexicon } from '../search/wordnet/lexicon.ts';
import { baseForms } from '../search/wordnet/morph.ts';
import {
  blamed,
  claimsOwnWin,
  contrasts,
  negatedStems,
  OPPOSITION_STEMS,
  OPPOSITIONS,
  rejectionOf,
  type Stand,
  saysAccountsDiffer,
  saysClaimsDiffer,
  standsOf,
} from './assertions.ts';
import { ANY_UNIT, compatible, type Quantity } from './quantities.ts';
import type { ClaimRecord } from './records.ts';
import type { Dispute, DisputeSide } from './types.ts';
import { stem, type Token, tokenize, WEAK_PREDICATES as WEAK } from './words.ts';

/** A disagreement between two claims, before pairs on one question are merged into groups. */
export interface Pair {
  kind: Dispute['kind'];
  /** Pairs with equal keys are about the same question and merge when they share a claim. */
  key: string;
  about: string;
  a: ClaimRecord;
  b: ClaimRecord;
}

interface Prepared {
  r: ClaimRecord;
  tokens: Token[];
  stands: Stand[];
  negated: Map<string, string>;
  blame: ReturnType<typeof blamed>;
  ownWin: boolean;
}

/** Sentences apart within which two clauses count as neighbours for numbers. */
const NEAR = 3;

const YEAR = /\b(1[89]|20)\d\d\b/g;
/** Both clauses name the same years, or neither names one ("in 2007" is another event than today's). */
function sameYears(a: ClaimRecord, b: ClaimRecord): boolean {
  const ya = new Set(a.claim.text.match(YEAR) ?? []);
  const yb = new Set(b.claim.text.match(YEAR) ?? []);
  return ya.size === yb.size && [...ya].every((y) => yb.has(y));
}

/** How far apart (in sentences) a hint that claims differ still covers. */
const HINT_REACH = 2;
/** Content words two clauses must share to be about the same thing when nothing else links them. */
const FAR_OVERLAP = 2;

const label = (r: ClaimRecord) => r.cluster?.name ?? 'the article';
/** "Police says" reads badly: a plural-looking group or description takes "say". */
const plural = (r: ClaimRecord) =>
  r.cluster !== null && r.cluster.kind !== 'person' && /[^s'\u2019]s$|^police$|people$/i.test(label(r));
/** "the mayor says", "Residents say". */
const verb = (r: ClaimRecord, singular: string, many: string) => `${label(r)} ${plural(r) ? many : singular}`;
const sameSide = (a: ClaimRecord, b: ClaimRecord) => a.cluster === b.cluster;

function shared(a: Set<string>, b: Set<string>, without?: (s: string) => boolean): number {
  let n = 0;
  for (const s of a) if (b.has(s) && !without?.(s)) n++;
  return n;
}

/** One speaks about the other ("returned the grants to the charities" / the charities say …). */
const mentions = (a: ClaimRecord, b: ClaimRecord) =>
  shared(a.stems, b.mentionStems) > 0 || shared(b.stems, a.mentionStems) > 0;

const formatNumber = (q: Quantity) => q.amount;

/** Counted things agree: the same unit, or nothing counted ("no arrests") against a count of that act ("arrested 14"). */
function sameThing(qa: Quantity, qb: Quantity, distance: number): boolean {
  // A bare figure answers the count just before it (qb is the later one), never a count of nothing.
  if (qa.unit === ANY_UNIT || qb.unit === ANY_UNIT)
    return distance <= 1 && qb.unit === ANY_UNIT && qa.unit !== ANY_UNIT && !qa.generic && qa.value > 0;
  if (qa.unit === qb.unit) return true;
  if (qa.value === 0 && qb.value > 0) return qb.context.has(qa.unit);
  if (qb.value === 0 && qa.value > 0) return qa.context.has(qb.unit);
  return false;
}

/**
 * Numbers must also share a word of what happened to the counted thing ("had died"), since one
 * sentence often gives two counts of different things ("20 injured, 3 killed"); only the article's
 * hint that accounts differ, or "only 5" answering a number, waives that.
 */
function quantityPair(a: ClaimRecord, b: ClaimRecord, hinted: boolean, distance: number): Pair | undefined {
  for (const qa of a.quantities) {
    for (const qb of b.quantities) {
      if (!sameThing(qa, qb, distance) || compatible(qa, qb)) continue;
      // A bare figure next to a count ("20 people killed" / "put the toll at 35") needs nothing more.
      const bare = qa.unit === ANY_UNIT || qb.unit === ANY_UNIT;
      const zero = qa.value === 0 || qb.value === 0;
      const overlap = shared(qa.context, qb.context) + (zero ? 1 : 0);
      // "only 5", "fewer than 100" answers another number just before it (b is the later claim);
      // "just 2 percent" before another number invites the answer.
      const answered = distance <= 1 && (qb.focus || qb.bound === 'upper');
      const base = (qa.generic ? 2 : 1) - (hinted ? 1 : 0);
      // A unit that says what is counted ("homes") lets "only" alone tie the two; a measure
      // ("percent") still needs one shared word, since neighbouring sentences measure many things.
      const needed = answered
        ? Math.max(0, base - (qa.generic ? 1 : 2))
        : qa.focus && distance <= 1
          ? Math.max(1, base - 1)
          : base;
      // Far apart, the same count needs more in common; a count dated to another year is another event.
      const far = distance > NEAR ? 1 : 0;
      if ((!bare && overlap < needed + far) || (zero && distance > NEAR) || !sameYears(a, b)) continue;
      // Named by the side that says what is counted; "no arrests" names it best.
      const named = qa.unit === ANY_UNIT || qa.value === 0 ? qb : qa;
      const shown = qa.value === 0 ? qa : qb.value === 0 ? qb : named;
      const unit = shown.phrase.split(/\s+/).pop() ?? named.unit;
      return {
        kind: 'quantity',
        key: `quantity:${named.unit}`,
        about: `${unit}: ${verb(a, 'says', 'say')} ${formatNumber(qa)}; ${verb(b, 'says', 'say')} ${formatNumber(qb)}`,
        a,
        b,
      };
    }
  }
  return undefined;
}

/** Sentences apart within which two parties blamed for something are blamed for the same thing. */
const BLAME_REACH = 3;

/** Do the words around two assertions name one thing in other words ("the blaze" / "the fire")? WordNet, asked only here, for contrary assertions. */
function synonymous(a: Stand, b: Stand, lexicon: Lexicon): boolean {
  const reaches = (x: Stand, y: Stand) =>
    x.themeWords.some((w) =>
      baseForms(w, lexicon)
        .slice(0, 2)
        // Synonyms and broader terms ("blaze" is a "fire").
        .some(({ entry }) =>
          [...entry.synonyms, ...entry.related].some((syn) => !syn.includes(' ') && y.theme.has(stem(syn))),
        ),
    );
  return reaches(a, b) || reaches(b, a);
}

function oppositePair(
  pa: Prepared,
  pb: Prepared,
  linked: boolean,
  distance: number,
  lexicon: Lexicon,
): Pair | undefined {
  const { r: a } = pa;
  const { r: b } = pb;
  const notOpposition = (s: string) => OPPOSITION_STEMS.has(s);
  const overlap = shared(a.stems, b.stems, notOpposition);
  for (const sa of pa.stands) {
    const sb = pb.stands.find((s) => s.opposition === sa.opposition);
    if (!sb || sb.polarity === sa.polarity) continue;
    // The two must be about the same thing: the contrary side takes up the very assertion ("its
    // advance has been stopped", "not received"), or the words around both assertions agree.
    // A side with no words of its own around the assertion ("it has been halted") points back.
    const pointsBack = linked && (sa.theme.size === 0 || sb.theme.size === 0);
    const about =
      sa.echoes || sb.echoes || pointsBack || shared(sa.theme, sb.theme) > 0 || synonymous(sa, sb, lexicon);
    // Next door, a contrary side that takes up the assertion itself needs nothing more in common.
    const echoed = (sa.echoes || sb.echoes) && distance <= 1;
    if (!about || !(linked || echoed || (distance <= 1 && overlap >= 1) || overlap >= FAR_OVERLAP)) continue;
    const o = OPPOSITIONS[sa.opposition];
    return {
      kind: 'opposite',
      key: `opposite:${sa.opposition}`,
      about: `${o?.about ?? 'opposite claims'}: ${label(a)}: “${sa.words}”; ${label(b)}: “${sb.words}”`,
      a,
      b,
    };
  }
  // One negates what the other asserts, on the same subject: the content words must agree closely.
  for (const [x, y] of [
    [pa, pb],
    [pb, pa],
  ] as const) {
    for (const [s, words] of y.negated) {
      if (!x.r.stems.has(s) || x.negated.has(s) || OPPOSITION_STEMS.has(s) || WEAK.has(s)) continue;
      // The closer the clauses, the less else they must share to be about the same thing.
      const needed = linked ? 1 : distance <= 1 ? 1 : distance <= 3 ? FAR_OVERLAP : FAR_OVERLAP + 1;
      if (shared(x.r.stems, y.r.stems, (t) => t === s) < needed) continue;
      const positive = x.tokens.find((t) => t.stem === s)?.word ?? s;
      return {
        kind: 'opposite',
        key: `negation:${s}`,
        about: `${positive}: ${label(x.r)} says “${positive}”; ${label(y.r)} says “${words}”`,
        a,
        b,
      };
    }
  }
  // Two speakers each claiming to have won.
  if (pa.ownWin && pb.ownWin && (linked || distance <= BLAME_REACH)) {
    return {
      kind: 'opposite',
      key: 'winner',
      about: `who won: ${label(a)} and ${label(b)} each say they did`,
      a,
      b,
    };
  }
  // "Blamed" names a culprit; "due to", "caused by" name a cause, often of different events, so
  // those need two sources close together or more shared words.
  const byVerb = pa.blame?.byVerb && pb.blame?.byVerb;
  const causeLinked = byVerb
    ? linked || distance <= BLAME_REACH || overlap >= 1
    : Boolean(a.cluster && b.cluster) && (linked || distance <= 1 || overlap >= FAR_OVERLAP);
  if (pa.blame && pb.blame && shared(pa.blame.stems, pb.blame.stems) === 0 && causeLinked) {
    return {
      kind: 'opposite',
      key: 'blame',
      about: `who or what is to blame: ${verb(a, 'blames', 'blame')} ${pa.blame.words}; ${verb(b, 'blames', 'blame')} ${pb.blame.words}`,
      a,
      b,
    };
  }
  return undefined;
}

/** The claim a rejection answers: before it in the sentence, or in the sentences just before. */
function rejected(
  r: ClaimRecord,
  tokens: Token[],
  records: ClaimRecord[],
  index: number,
): ClaimRecord | undefined {
  // Only a source rejects: the article's own "called it a fabrication" has no speaker to show.
  const rejection = r.cluster ? rejectionOf(r.claim.text, tokens, r.claim.cue) : undefined;
  if (!rejection) return undefined;
  const candidates: ClaimRecord[] = [];
  for (let k = index - 1; k >= 0; k--) {
    const c = records[k];
    if (!c || r.sentence.id - c.sentence.id > 2) break;
    if (!sameSide(c, r) && c.stems.size) candidates.push(c);
  }
  if (rejection.anaphoric) {
    const near = candidates[0];
    if (near && r.sentence.id - near.sentence.id <= 1) return near;
  }
  let best: ClaimRecord | undefined;
  let bestOverlap = 0;
  for (const c of candidates) {
    const overlap = shared(c.stems, r.stems);
    if (overlap > bestOverlap) [best, bestOverlap] = [c, overlap];
  }
  return bestOverlap >= FAR_OVERLAP ? best : undefined;
}

/**
 * "…, a figure the council today rejects": one clause holds both what is rejected and who rejects it.
 * The rejected part is the text before the comma; it is the article's (or its own claim's) statement.
 */
function splitRejection(r: ClaimRecord, tokens: Token[]): Pair | undefined {
  const rejection = rejectionOf(r.claim.text, tokens, r.claim.cue);
  if (!rejection) return undefined;
  const before = r.claim.text.slice(0, rejection.at);
  const m = /^(.*\S),\s+(which|a|an|something|what)\b[^,]*$/is.exec(before);
  if (!m?.[1] || !r.cluster) return undefined;
  const text = m[1];
  const rejectedPart: ClaimRecord = {
    ...r,
    id: `${r.id}:rejected`,
    claim: {
      source: null,
      cue: null,
      stance: 'narration',
      text,
      span: [r.claim.span[0], r.claim.span[0] + text.length],
    },
    cluster: null,
    attribution: 'the article states this',
  };
  return {
    kind: 'rejection',
    key: `rejection:${r.id}`,
    about: `${label(r)} rejects: “${short(text)}”`,
    a: rejectedPart,
    b: r,
  };
}

const short = (text: string, max = 80) => {
  const t = text.replace(/^[\s,]+|[\s,.]+$/g, '');
  return t.length > max ? `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : t;
};

/** Every disagreeing pair of claims in one article. */
export function disputedPairs(records: readonly ClaimRecord[], lexicon: Lexicon = wordnetLexicon()): Pair[] {
  const usable = records.filter((r) => r.stems.size > 0);
  const prepared: Prepared[] = usable.map((r) => {
    const tokens = tokenize(r.claim.text);
    const contentTokens = tokenize(r.content);
    // On the content: the speaker's name is not what the assertion is about.
    const stands = standsOf(r.content, contentTokens);
    return {
      r,
      tokens,
      stands,
      negated: negatedStems(r.claim.text, tokens),
      blame: blamed(r.claim.text, tokens) ?? blamed(r.content, contentTokens),
      ownWin: claimsOwnWin(tokens, stands),
    };
  });
  const hints = new Set<number>();
  const strongHints: number[] = [];
  for (const s of new Set(records.map((r) => r.sentence))) {
    const tokens = tokenize(s.text);
    if (saysClaimsDiffer(tokens)) hints.add(s.id);
    if (saysAccountsDiffer(tokens)) strongHints.push(s.id);
  }
  const hinted = (a: ClaimRecord, b: ClaimRecord) =>
    [...hints].some(
      (h) => Math.abs(h - a.sentence.id) <= HINT_REACH && Math.abs(h - b.sentence.id) <= HINT_REACH,
    );
  const pairs: Pair[] = [];
  const paired = new Set<string>();
  const add = (p: Pair | undefined) => {
    if (!p) return;
    const id = [p.a.id, p.b.id].sort().join('|');
    if (paired.has(id)) return;
    paired.add(id);
    pairs.push(p);
  };
  prepared.forEach(({ r, tokens }, i) => {
    const inside = splitRejection(r, tokens);
    add(inside);
    const other = inside ? undefined : rejected(r, tokens, usable, i);
    if (other)
      add({
        kind: 'rejection',
        key: `rejection:${r.id}`,
        about: `${verb(r, 'rejects', 'reject')} what ${verb(other, 'says', 'say')}: “${short(other.content)}”`,
        a: other,
        b: r,
      });
  });
  for (let i = 0; i < prepared.length; i++) {
    const pa = prepared[i];
    if (!pa) continue;
    for (let j = i + 1; j < prepared.length; j++) {
      const pb = prepared[j];
      if (!pb || sameSide(pa.r, pb.r)) continue;
      // The article's own narration against itself is no dispute; against a source it may be.
      const distance = Math.abs(pa.r.sentence.id - pb.r.sentence.id);
      const hint = hinted(pa.r, pb.r);
      const linked =
        distance === 0 || hint || (distance === 1 && (contrasts(pb.r.sentence.text) || mentions(pa.r, pb.r)));
      add(quantityPair(pa.r, pb.r, hint, distance) ?? oppositePair(pa, pb, linked, distance, lexicon));
    }
  }
  // "The two accounts differ": when nothing else was found around it, the first two sources
  // that follow (or, failing that, precede) the sentence are its two accounts.
  for (const h of strongHints) {
    const near = (r: ClaimRecord) => Math.abs(r.sentence.id - h) <= HINT_REACH;
    if (pairs.some((p) => near(p.a) || near(p.b))) continue;
    const sourced = usable.filter((r) => r.cluster && near(r) && r.sentence.id !== h);
    const after = sourced.filter((r) => r.sentence.id > h);
    for (const list of [after, sourced]) {
      const first = list[0];
      const second = list.find((r) => r.cluster !== first?.cluster);
      if (!first || !second) continue;
      add({
        kind: 'opposite',
        key: `accounts:${h}`,
        about: `accounts differ: ${label(first)} and ${label(second)}`,
        a: first,
        b: second,
      });
      break;
    }
  }
  return pairs;
}

const side = (r: ClaimRecord): DisputeSide => ({
  text: r.claim.text,
  sentence: r.sentence.text,
  ref: { articleId: r.article.id, sentence: r.sentence.id },
  sources: r.claim.source ? [{ ...r.claim.source, name: r.cluster?.name ?? r.claim.source.name }] : [],
  stance: r.claim.stance,
  attribution: r.attribution,
});

/** Pairs on the same question that share a claim become one dispute with every side. */
export function groupDisputes(pairs: readonly Pair[]): { dispute: Dispute; records: ClaimRecord[] }[] {
  const groups: { key: string; about: string; kind: Dispute['kind']; records: ClaimRecord[] }[] = [];
  for (const p of pairs) {
    const group = groups.find(
      (g) => g.key === p.key && g.records.some((r) => r.id === p.a.id || r.id === p.b.id),
    );
    if (!group) {
      groups.push({ key: p.key, about: p.about, kind: p.kind, records: [p.a, p.b] });
      continue;
    }
    for (const r of [p.a, p.b]) if (!group.records.some((x) => x.id === r.id)) group.records.push(r);
    // With more than two sides a pairwise summary would name only two of them.
    group.about = p.about.split(':')[0] ?? p.about;
  }
  const byPlace = (x: ClaimRecord, y: ClaimRecord) =>
    x.sentence.id - y.sentence.id || x.claim.span[0] - y.claim.span[0];
  return groups
    .map((g) => {
      const records = [...g.records].sort(byPlace);
      const articleId = records[0]?.article.id ?? '';
      return { dispute: { about: g.about, kind: g.kind, sides: records.map(side), articleId }, records };
    })
    .sort((x, y) => (x.records[0] && y.records[0] ? byPlace(x.records[0], y.records[0]) : 0));
}
