import type { Stance } from '../../article/types.ts';

/** How a stance reads in a reply: said plainly, so nobody mistakes a claim for a fact. */
export const STANCE_LABEL: Record<Stance, string> = {
  direct: 'direct quote',
  reported: 'reported speech',
  hedged: 'unconfirmed (hedged)',
  speculation: "the article's speculation",
  narration: 'stated by the article',
};

/** Embed side colours: quotes warm, uncertainty grey, the article's own voice neutral. */
export const STANCE_COLOR: Record<Stance, number> = {
  direct: 0x3b82f6,
  reported: 0x22c55e,
  hedged: 0xf59e0b,
  speculation: 0x9ca3af,
  narration: 0x64748b,
};

/** "3 direct quote, 1 reported speech" from a stance tally, most frequent first. */
export function stanceTally(stances: Partial<Record<Stance, number>>): string {
  return Object.entries(stances)
    .filter((e): e is [Stance, number] => typeof e[1] === 'number' && e[1] > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([stance, n]) => `${n} ${STANCE_LABEL[stance]}`)
    .join(', ');
}
