/**
 * The news paraphrase table (data/paraphrases.json): how a reader may ask for what a report words
 * otherwise ("laid off" → "cut jobs", "how deep" → "below the surface", "is it free" → "at no
 * cost"). Read once, on first use, into a map from question key to the article phrases answering it.
 */
import TABLE from './data/paraphrases.json' with { type: 'json' };

export interface Paraphrase {
  /** Article phrases that answer the key, as written in the table ("cut job", "below surface"). */
  readonly phrases: readonly string[];
  /** An ambiguous one-word key ("fire", "strike"): used only where the articles never write it. */
  readonly onlyAbsent: boolean;
}

/** One table line, parsed: a one-way entry "key > a | b" or a group "= a | b | c". */
export interface ParaphraseLine {
  category: string;
  /** The keys the line gives phrases for: one for an entry, every member for a group. */
  keys: string[];
  /** Phrases answering each key (a group's members answer each other). */
  phrases: string[];
  group: boolean;
  onlyAbsent: boolean;
}

const split = (side: string): string[] =>
  side
    .split('|')
    .map((p) => p.trim().toLowerCase().replace(/\s+/g, ' '))
    .filter(Boolean);

/** The table's lines, parsed (also for the test of its shape). */
export function paraphraseLines(table: Record<string, unknown> = TABLE): ParaphraseLine[] {
  const out: ParaphraseLine[] = [];
  for (const [category, lines] of Object.entries(table)) {
    if (!Array.isArray(lines)) continue;
    for (const line of lines as string[]) {
      if (line.startsWith('=')) {
        const members = split(line.slice(1));
        out.push({ category, keys: members, phrases: members, group: true, onlyAbsent: false });
        continue;
      }
      const [left = '', right = ''] = line.split('>');
      const onlyAbsent = left.trim().startsWith('?');
      const key = left.trim().replace(/^\?/, '').toLowerCase().replace(/\s+/g, ' ');
      out.push({ category, keys: [key], phrases: split(right), group: false, onlyAbsent });
    }
  }
  return out;
}

export interface ParaphraseTable {
  /** Question key (a base form, or two words: "lay off", "how deep") → its paraphrases. */
  readonly keys: ReadonlyMap<string, Paraphrase>;
  /** The first and the second words of two-word keys: a word with no such key costs one lookup. */
  readonly firsts: ReadonlySet<string>;
  readonly seconds: ReadonlySet<string>;
}

let table: ParaphraseTable | undefined;

/** The table, read on first use. */
export function paraphrases(): ParaphraseTable {
  if (table) return table;
  const map = new Map<string, { phrases: Set<string>; onlyAbsent: boolean }>();
  for (const line of paraphraseLines()) {
    for (const key of line.keys) {
      let entry = map.get(key);
      if (!entry) {
        entry = { phrases: new Set(), onlyAbsent: false };
        map.set(key, entry);
      }
      entry.onlyAbsent ||= line.onlyAbsent;
      for (const p of line.phrases) if (p !== key) entry.phrases.add(p);
    }
  }
  const keys = new Map([...map].map(([k, v]) => [k, { phrases: [...v.phrases], onlyAbsent: v.onlyAbsent }]));
  const pairs = [...keys.keys()].map((k) => k.split(' ')).filter((k) => k.length === 2);
  table = {
    keys,
    firsts: new Set(pairs.map((k) => k[0] as string)),
    seconds: new Set(pairs.map((k) => k[1] as string)),
  };
  return table;
}
