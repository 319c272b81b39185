/**
 * Every claim of an article, located and prepared once for comparison: where it sits, who makes it
 * (the merged source), its content words without the source and cue, its quantities and its
 * assertions. Built on the attribution's `Sentence.claims`; nothing here re-attributes.
 */
import { describeAttribution } from '../answer/describe.ts';
import type { Article, Claim, Sentence, Source } from '../article/types.ts';
import type { SourceCluster, SourceDirectory } from './names.ts';
import { type Quantity, quantitiesOf } from './quantities.ts';
import type { LocatedClaim } from './types.ts';
import { contentStems, isContent, tokenize } from './words.ts';

/** Tokens are not kept: thousands of articles' worth would weigh on memory; disputes re-read them once. */
export interface ClaimRecord {
  /** Unique within the article: `${sentence}:${index}`. */
  id: string;
  claim: Claim;
  article: Article;
  sentence: Sentence;
  /** null: the article itself speaks. */
  cluster: SourceCluster | null;
  /** The clause with the source's mention and the cue taken out. */
  content: string;
  stems: Set<string>;
  /** Content stems of the source's mention ("charities"), to see when another claim talks about it. */
  mentionStems: Set<string>;
  quantities: Quantity[];
  attribution: string;
}

/** The clause without the words that say who speaks and how ("Zelenskyy said", "according to"). */
function contentOf(claim: Claim): string {
  let text = claim.text;
  for (const cut of [claim.source?.mention, claim.cue]) {
    if (!cut) continue;
    const at = text.toLowerCase().indexOf(cut.toLowerCase());
    if (at >= 0) text = `${text.slice(0, at)} ${text.slice(at + cut.length)}`;
  }
  return text;
}

const words = (name: string) =>
  name
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w !== 'the');

/**
 * Within one article, a short description names the same source as a longer one with the same head
 * ("the agency" after "the national health agency", "the operator" after "the ferry operator") when
 * exactly one longer name fits. Only descriptions: two capitalised names are never merged this way.
 */
export function shortForms(
  sources: Iterable<Source>,
  directory: SourceDirectory,
): Map<SourceCluster, SourceCluster> {
  const clusters = new Map<string, SourceCluster>();
  for (const source of sources) clusters.set(source.name, directory.get(source) ?? directory.add(source));
  const aliases = new Map<SourceCluster, SourceCluster>();
  // Each name's words once, only when some name is a description (most articles cite none).
  let named: [string[], SourceCluster][] | undefined;
  for (const [name, cluster] of clusters) {
    if (/\p{Lu}/u.test(name.replace(/^The\b/, ''))) continue;
    const short = words(name);
    const head = short[short.length - 1];
    if (!head) continue;
    named ??= [...clusters].map(([other, c]) => [words(other), c]);
    const longer = new Set<SourceCluster>();
    for (const [long, c] of named) {
      if (
        c !== cluster &&
        long.length > short.length &&
        long[long.length - 1] === head &&
        short.every((w) => long.includes(w))
      )
        longer.add(c);
    }
    const [only] = longer;
    if (only && longer.size === 1) aliases.set(cluster, only);
  }
  return aliases;
}

export function recordsOf(article: Article, directory: SourceDirectory): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const aliases = shortForms(
    article.sentences.flatMap((s) => s.claims.flatMap((c) => c.source ?? [])),
    directory,
  );
  for (const sentence of article.sentences) {
    sentence.claims.forEach((claim, i) => {
      const content = contentOf(claim);
      const contentTokens = tokenize(content);
      const own = claim.source ? (directory.get(claim.source) ?? directory.add(claim.source)) : null;
      const cluster = own ? (aliases.get(own) ?? own) : null;
      out.push({
        id: `${sentence.id}:${i}`,
        claim,
        article,
        sentence,
        cluster,
        content,
        stems: new Set(contentTokens.filter(isContent).map((t) => t.stem)),
        mentionStems: claim.source ? contentStems(claim.source.mention) : new Set(),
        quantities: quantitiesOf(content, contentTokens),
        attribution: describeAttribution(claim.source ? [claim.source] : [], claim.stance),
      });
    });
  }
  return out;
}

export function locate(r: ClaimRecord, score: number): LocatedClaim {
  const c = r.claim;
  const located: LocatedClaim = {
    source: r.cluster && c.source ? { ...c.source, name: r.cluster.name } : null,
    cue: c.cue,
    stance: c.stance,
    text: c.text,
    span: c.span,
    ref: { articleId: r.article.id, sentence: r.sentence.id },
    articleTitle: r.article.title,
    sentence: r.sentence.text,
    attribution: r.attribution,
    score: Math.round(score * 1000) / 1000,
  };
  return located;
}
