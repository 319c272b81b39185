import type { Source, Stance } from '../article/types.ts';

/** "The Russian military" → "the Russian military" (mid-phrase); names keep their capitals. */
function display(name: string): string {
  return /^(?:The|A|An)\s/.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
}

function names(sources: readonly Source[]): string {
  const list = [...new Set(sources.map((s) => display(s.name)))];
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

const IRREGULAR_PAST: Record<string, string> = {
  says: 'said',
  say: 'said',
  tells: 'told',
  tell: 'told',
  thinks: 'thought',
  writes: 'wrote',
  finds: 'found',
  feels: 'felt',
  told: 'told',
  said: 'said',
};

/** A one-word reporting cue in the past tense ("claims" → "claimed"), or undefined. */
function pastTense(cue: string | undefined): string | undefined {
  const word = cue?.trim().toLowerCase();
  if (!word || !/^[a-z]+$/.test(word)) return undefined;
  if (IRREGULAR_PAST[word]) return IRREGULAR_PAST[word];
  if (word.endsWith('ed')) return word;
  if (word.endsWith('s') && word.length > 3) {
    const base = word.slice(0, -1);
    return base.endsWith('e') ? `${base}d` : `${base}ed`;
  }
  return undefined;
}

/**
 * Who says so and how, in words a reader takes in at a glance ("Zelenskyy said", "the Russian
 * military reported", "according to Ukrainian reports (unconfirmed)", "the article speculates"),
 * so that one side of a disagreement is never presented as fact. `cue` is the attribution's own
 * word ("reported", "claims") when the sentence has one.
 */
export function describeAttribution(sources: readonly Source[], stance: Stance, cue?: string): string {
  const who = names(sources);
  const verb = pastTense(cue);
  switch (stance) {
    case 'direct':
      return who
        ? `${who} ${verb ?? 'said'} (quoted directly)`
        : 'a quotation the article does not attribute';
    case 'reported':
      if (!who) return 'the article reports';
      return verb ? `${who} ${verb}` : `according to ${who}`;
    case 'hedged':
      return who ? `according to ${who} (unconfirmed)` : 'the article reports this as unconfirmed';
    case 'speculation':
      return who ? `${who} speculated` : 'the article speculates';
    default:
      return who ? `according to ${who}` : 'the article states';
  }
}

/** One attributed part of a sentence: whose, how, and the attribution's own word. */
export interface AttributedPart {
  sources: readonly Source[];
  stance: Stance;
  cue?: string;
}

/**
 * Each part of a sentence described on its own ("Zelenskyy declared; the local governor
 * reported"); neighbouring parts saying the same thing the same way share one verb ("the United
 * Nations and United States criticised").
 */
export function describeParts(parts: readonly AttributedPart[]): string {
  const groups: AttributedPart[] = [];
  for (const p of parts) {
    const last = groups[groups.length - 1];
    if (last && last.stance === p.stance && pastTense(last.cue) === pastTense(p.cue))
      groups[groups.length - 1] = { ...last, sources: [...last.sources, ...p.sources] };
    else groups.push(p);
  }
  const out: string[] = [];
  for (const g of groups) {
    const text = describeAttribution(g.sources, g.stance, g.cue);
    if (!out.includes(text)) out.push(text);
  }
  return out.join('; ');
}
