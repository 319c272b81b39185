/** `/claims`, `/sources`, `/disputes`: the core's claim groupings, one embed per group. */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { ClaimGroup, ClaimsResult, Dispute, SourceSummary } from '../../claims/types.ts';
import { LIMITS } from '../limits.ts';
import { clip, escapeMarkdown, oneLine, safe } from '../text.ts';
import { quoted } from './answer.ts';
import type { Reply } from './reply.ts';
import { STANCE_COLOR, STANCE_LABEL, stanceTally } from './stance.ts';

/** What each of `count` embeds may hold so that all of them stay under the message total. */
const share = (count: number) =>
  Math.min(LIMITS.embedDescription, Math.floor((LIMITS.embedTotal - 300) / Math.max(1, count)) - 300);

/** Lines that fit in `room` characters, with a count of the rest when some do not. */
function fitLines(lines: readonly string[], room: number): string {
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i;
    const more = `…and ${rest} more.`;
    if (used + line.length + 1 > room - (rest > 1 ? more.length + 1 : 0)) {
      if (out.length === 0) out.push(clip(line, room - more.length - 1));
      out.push(`…and ${lines.length - out.length} more.`);
      return out.join('\n');
    }
    out.push(line);
    used += line.length + 1;
  }
  return out.join('\n');
}

function groupEmbed(group: ClaimGroup, room: number): APIEmbed {
  const tally = stanceTally(group.stances);
  const lines = group.claims.map(
    (c) => `• ${quoted(c.text, 400)} — ${STANCE_LABEL[c.stance]}, *${safe(oneLine(c.articleTitle), 80)}*`,
  );
  const main = Object.entries(group.stances).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0]?.[0];
  return {
    title: clip(escapeMarkdown(oneLine(group.label)) || 'the article', LIMITS.embedTitle),
    description: fitLines(tally ? [`*${tally}*`, ...lines] : lines, room),
    ...(main && main in STANCE_COLOR ? { color: STANCE_COLOR[main as keyof typeof STANCE_COLOR] } : {}),
  };
}

export function renderClaims(result: ClaimsResult, source?: string): Reply {
  const topic = safe(oneLine(result.topic), 100);
  const by = source ? ` by ${safe(oneLine(source), 100)}` : '';
  // Of very many articles using the topic's words, only those most about it are read: say so.
  const from = result.from
    ? ` from the ${result.from.articles} articles most about it (of ${result.from.using} that use its words)`
    : '';
  if (!result.groups.length) {
    const reason = result.reason ? ` (${escapeMarkdown(oneLine(result.reason))})` : '';
    const looked = from ? ` I looked${from}.` : '';
    return {
      content: clip(
        `I found no claims about “${topic}”${by} in the articles${reason}.${looked}`,
        LIMITS.content,
      ),
      embeds: [],
      components: [],
    };
  }
  const groups = result.groups.slice(0, LIMITS.embeds);
  const room = share(groups.length);
  const hidden = result.groups.length - groups.length;
  return {
    content: `Claims about “${topic}”${by}${from}, grouped by who makes them${hidden ? ` (the first ${groups.length} of ${result.groups.length} sources)` : ''}:`,
    embeds: groups.map((g) => groupEmbed(g, room)),
    components: [],
  };
}

export function renderSources(sources: readonly SourceSummary[]): Reply {
  if (!sources.length)
    return {
      content: 'The articles quote nobody I can name: what they say is in their own voice.',
      embeds: [],
      components: [],
    };
  const shown = sources.slice(0, LIMITS.fields - (sources.length > LIMITS.fields ? 1 : 0));
  const room = Math.min(LIMITS.fieldValue, Math.floor((LIMITS.embedTotal - 400) / shown.length) - 80);
  const fields: APIEmbedField[] = shown.map((s) => {
    const tally = stanceTally(s.stances);
    const others = s.variants.filter((v) => v !== s.name);
    const lines = [
      `${s.claims} claim${s.claims === 1 ? '' : 's'}${tally ? `: ${tally}` : ''}`,
      ...(others.length ? [`also “${others.map((v) => escapeMarkdown(oneLine(v))).join('”, “')}”`] : []),
      ...(s.articles.length > 1 ? [`in ${s.articles.length} articles`] : []),
    ];
    return {
      name: clip(`${escapeMarkdown(oneLine(s.name))}${s.kind ? ` (${s.kind})` : ''}`, 70),
      value: clip(lines.join('\n'), room),
    };
  });
  if (shown.length < sources.length)
    fields.push({ name: '…', value: `and ${sources.length - shown.length} more sources` });
  return {
    content: `Who the articles quote, how often, and how (${sources.length} source${sources.length === 1 ? '' : 's'}):`,
    embeds: [{ title: 'Sources', fields }],
    components: [],
  };
}

function disputeEmbed(d: Dispute, room: number): APIEmbed {
  const sides = d.sides.slice(0, 6);
  const each = Math.min(LIMITS.fieldValue, Math.floor(room / Math.max(1, sides.length)) - 80);
  return {
    title: clip(`⚖️ ${escapeMarkdown(oneLine(d.about))}`, LIMITS.embedTitle),
    fields: sides.map((s) => ({
      name: clip(`${escapeMarkdown(oneLine(s.attribution))} (${STANCE_LABEL[s.stance]})`, 120),
      value: quoted(s.text, Math.max(40, each - 2)),
    })),
    color: 0xef4444,
  };
}

export function renderDisputes(disputes: readonly Dispute[]): Reply {
  if (!disputes.length)
    return {
      content: 'I found no point on which the sources in the articles contradict each other.',
      embeds: [],
      components: [],
    };
  const shown = disputes.slice(0, LIMITS.embeds);
  const room = share(shown.length);
  return {
    content: `Where the sources disagree${disputes.length > shown.length ? ` (the first ${shown.length} of ${disputes.length})` : ''}:`,
    embeds: shown.map((d) => disputeEmbed(d, room)),
    components: [],
  };
}
