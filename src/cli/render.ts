import type { Answer, Passage } from '../answer/types.ts';
import type { Stance } from '../article/types.ts';
import type { ClaimsResult, Dispute, SourceSummary } from '../claims/types.ts';
import type { ArticleSummary } from '../library/library.ts';
import type { Style } from './style.ts';

/** Plain-text renderings for the command line and the local chat: the quote first, then who says so. */

export const STANCE_LABEL: Record<Stance, string> = {
  direct: 'direct quote',
  reported: 'reported',
  hedged: 'unconfirmed',
  speculation: "the article's speculation",
  narration: 'stated by the article',
};

const indent = (text: string, by = '   ') => text.replace(/\n/g, `\n${by}`);

function place(p: Passage): string {
  return `${p.article.title} · paragraph ${p.paragraph}, sentence ${p.position}`;
}

export function renderPassage(p: Passage, n: number, style: Style): string {
  const lines = [
    `${style.bold(`${n}.`)} ${style.quote(`“${p.text}”`)}`,
    `   — ${style.who(p.attribution)}${p.attribution.includes('(') ? '' : ` ${style.dim(`(${STANCE_LABEL[p.stance]})`)}`}`,
    `   ${style.dim(place(p))}`,
  ];
  for (const other of p.disputedBy ?? []) {
    lines.push(
      `   ${style.warn('⚖ Disputed')} (${other.about}): ${style.quote(`“${other.text}”`)} — ${style.who(other.attribution)}`,
    );
  }
  return lines.map((l) => indent(l)).join('\n');
}

export function renderAnswer(answer: Answer, style: Style): string {
  if (!answer.answered) {
    const out = [style.bold(answer.reason ?? 'The articles do not say.')];
    if (answer.related.length) {
      out.push(style.dim('Related passages (they do not answer the question):'));
      answer.related.forEach((p, i) => {
        out.push(renderPassage(p, i + 1, style));
      });
    }
    return out.join('\n');
  }
  return answer.passages.map((p, i) => renderPassage(p, i + 1, style)).join('\n\n');
}

function stanceCounts(stances: Partial<Record<Stance, number>>): string {
  return Object.entries(stances)
    .filter(([, n]) => n)
    .map(([s, n]) => `${n} ${STANCE_LABEL[s as Stance]}`)
    .join(', ');
}

/** Which articles a topic's claims come from, when not all that use its words were read. */
const fromNote = (from: ClaimsResult['from']) =>
  from ? `from the ${from.articles} articles most about it, of ${from.using} that use its words` : '';

export function renderClaims(result: ClaimsResult, style: Style): string {
  const note = fromNote(result.from);
  if (!result.groups.length)
    return `${style.bold(result.reason ?? `The articles make no claims about “${result.topic}”.`)}${note ? style.dim(` (Looked ${note}.)`) : ''}`;
  const out = [
    `${style.bold(`Claims about “${result.topic}”, by who makes them`)}${note ? style.dim(` (${note})`) : ''}${style.bold(':')}`,
  ];
  for (const group of result.groups) {
    out.push('', `${style.who(group.label)} ${style.dim(`(${stanceCounts(group.stances)})`)}`);
    for (const c of group.claims) {
      out.push(`  • ${style.quote(`“${c.text}”`)} ${style.dim(`— ${c.attribution}`)}`);
    }
  }
  return out.join('\n');
}

export function renderSources(sources: SourceSummary[], style: Style): string {
  if (!sources.length) return 'The articles quote nobody: everything is stated by the articles themselves.';
  const out = [style.bold('Who the articles quote:')];
  for (const s of sources) {
    const also = s.variants.filter((v) => v !== s.name);
    out.push(
      `  ${style.who(s.name)}: ${s.claims} claim${s.claims === 1 ? '' : 's'} ${style.dim(`(${stanceCounts(s.stances)})`)}${also.length ? style.dim(` · also “${also.join('”, “')}”`) : ''}`,
    );
  }
  return out.join('\n');
}

export function renderDisputes(disputes: Dispute[], style: Style): string {
  if (!disputes.length) return 'The articles report no disagreement between their sources.';
  const out = [style.bold('Where the sources disagree:')];
  disputes.forEach((d, i) => {
    out.push('', `${style.bold(`${i + 1}.`)} ${d.about}`);
    for (const side of d.sides)
      out.push(`   ${style.who(side.attribution)}: ${style.quote(`“${side.text}”`)}`);
  });
  return out.join('\n');
}

export function renderArticles(articles: ArticleSummary[], style: Style): string {
  return articles
    .map((a) => {
      const details = [a.publisher, a.date, `${a.sentences} sentences`, a.url].filter(Boolean).join(' · ');
      return `  ${style.bold(a.id)}: ${a.title}\n    ${style.dim(details)}`;
    })
    .join('\n');
}
