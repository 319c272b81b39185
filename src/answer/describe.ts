import type { Source, Stance } from '../article/types.ts';

function names(sources: readonly Source[]): string {
  const list = [...new Set(sources.map((s) => s.name))];
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/**
 * Who says so and how, in words a reader takes in at a glance, so that one side of a
 * disagreement is never presented as fact.
 */
export function describeAttribution(sources: readonly Source[], stance: Stance): string {
  const who = names(sources);
  switch (stance) {
    case 'direct':
      return who ? `${who}, quoted directly` : 'a quotation the article does not attribute';
    case 'reported':
      return who ? `${who}, as reported by the article` : 'reported by the article';
    case 'hedged':
      return who ? `${who}, unconfirmed (hedged)` : 'unconfirmed: the article hedges this';
    case 'speculation':
      return who ? `${who}, speculating` : "the article's own speculation";
    default:
      return who ? `according to ${who}` : 'the article states this';
  }
}
