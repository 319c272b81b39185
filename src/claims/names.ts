/**
 * Source names merged across sentences and articles: "Volodymyr Zelenskyy", "Zelenskyy" and
 * "Zelensky" are one source; "the Russian military" and "The Russian military" too. Attribution
 * already merges within an article; this merges between articles and finds a source from the few
 * letters a reader types.
 */
import Fuse from 'fuse.js';
import type { Source } from '../article/types.ts';

/** A merged source: one canonical name and every way the articles write it. */
export interface SourceCluster {
  key: string;
  name: string;
  kind?: Source['kind'] | undefined;
  /** Canonical names and mentions as written. */
  variants: string[];
}

const norm = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const normalised = new Map<string, string>();
/** A name normalised, memoised: a library cites the same names thousands of times. */
function normal(name: string): string {
  let n = normalised.get(name);
  if (n === undefined) {
    n = norm(name);
    // Bounded: names are open-ended.
    if (normalised.size > 20_000) normalised.clear();
    normalised.set(name, n);
  }
  return n;
}

/** Above this many names a fuzzy search of them all is too slow for autocomplete: typed words are corrected instead. */
const FUSE_NAMES = 5_000;

/** Levenshtein distance, stopping early beyond `max`. */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev = row;
  }
  return (prev[b.length] ?? max + 1) <= max;
}

/** Looks like a person's name: capitalised words, no determiner ("Volodymyr Zelenskyy", "Gladkow"). */
const personLike = (name: string, kind?: Source['kind']) =>
  kind === 'person' || (kind === undefined && /^(\p{Lu}[\p{L}'.-]*)(\s\p{Lu}[\p{L}'.-]*){0,3}$/u.test(name));

/** Two spellings of one surname: equal, or one letter apart in a long name (Zelensky/Zelenskyy). */
const sameSurname = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 6 && within(a, b, 1));

/** A person's name as merging compares it: the surname, and the first given name's initial ('' if none). */
interface PersonName {
  last: string;
  initial: string;
}

const personName = (normalised: string): PersonName => {
  const words = normalised.split(' ');
  return { last: words[words.length - 1] ?? '', initial: words.length > 1 ? (words[0]?.[0] ?? '') : '' };
};

/** May these two person names be one person? Surnames agree and given names do not contradict. */
function samePerson(a: PersonName, b: PersonName): boolean {
  if (!a.last || !b.last || !sameSurname(a.last, b.last)) return false;
  return !a.initial || !b.initial || a.initial === b.initial;
}

/**
 * A person cluster in its surname's bucket, with its name as merging compares it (with every new
 * name there). Only the surname and an initial are kept: tens of thousands of names are.
 */
interface PersonEntry extends PersonName {
  cluster: SourceCluster;
}

/** Merges sources as they are added; `get` returns the cluster a source belongs to. */
export class SourceDirectory {
  /** Every cluster, in the order made. */
  private readonly clusters: SourceCluster[] = [];
  /** Surname (first 4 letters) → person clusters, so merging does not compare every pair. */
  private readonly bySurname = new Map<string, PersonEntry[]>();
  private readonly entries = new Map<SourceCluster, PersonEntry>();
  private readonly byName = new Map<string, SourceCluster>();
  private fuse: Fuse<{ cluster: SourceCluster; text: string }> | undefined;
  /**
   * For find: every cluster's names normalised and padded with spaces (" volodymyr zelenskyy "),
   * end to end, and the cluster of each; made again after an add.
   */
  private names: { padded: string[]; of: SourceCluster[] } | undefined;

  add(source: Source): SourceCluster {
    const n = normal(source.name);
    let cluster = this.byName.get(n);
    if (!cluster && personLike(source.name, source.kind)) {
      const name = personName(n);
      const { last } = name;
      const bucket = this.bySurname.get(last.slice(0, 4)) ?? [];
      for (const e of bucket) {
        // Surnames of other lengths, or short and unequal, are not one (what sameSurname tells, cheaply).
        if (
          e.last !== last &&
          (Math.min(e.last.length, last.length) < 6 || Math.abs(e.last.length - last.length) > 1)
        )
          continue;
        if (samePerson(e, name)) {
          cluster = e.cluster;
          break;
        }
      }
      if (!cluster) {
        cluster = this.create(source, n);
        const entry = { cluster, ...name };
        bucket.push(entry);
        this.entries.set(cluster, entry);
        this.bySurname.set(last.slice(0, 4), bucket);
      } else if (source.name.split(' ').length > cluster.name.split(' ').length) {
        // The fullest form names the person best.
        cluster.name = source.name;
        const entry = this.entries.get(cluster);
        if (entry) Object.assign(entry, personName(normal(cluster.name)));
      }
    }
    cluster ??= this.create(source, n);
    this.byName.set(n, cluster);
    // Copied rather than pushed to: a pushed-to array keeps room for 17, and there are tens of thousands.
    const added = cluster.variants.includes(source.name) ? [] : [source.name];
    if (source.mention && source.mention !== source.name && !cluster.variants.includes(source.mention))
      added.push(source.mention);
    if (added.length) cluster.variants = [...cluster.variants, ...added];
    if (!cluster.kind && source.kind) cluster.kind = source.kind;
    this.fuse = undefined;
    this.names = undefined;
    return cluster;
  }

  private create(source: Source, key: string): SourceCluster {
    // Every field from the start (kind too), so each cluster keeps them in the object itself.
    const cluster: SourceCluster = { key, name: source.name, kind: source.kind, variants: [] };
    this.clusters.push(cluster);
    return cluster;
  }

  get(source: Source): SourceCluster | undefined {
    return this.byName.get(normal(source.name));
  }

  all(): SourceCluster[] {
    return [...this.clusters];
  }

  /**
   * The clusters a typed name means, best first: exact or contained words first, then fuzzy. Of
   * many names, the fuzzy ones are those of the typed word's spelling fixes (`correct`), if given.
   */
  find(query: string, limit = 10, correct?: (word: string) => string[]): SourceCluster[] {
    const q = normal(query);
    if (!q) return [];
    if (!this.names) {
      const names: { padded: string[]; of: SourceCluster[] } = { padded: [], of: [] };
      for (const cluster of this.clusters)
        for (const v of new Set([...cluster.variants, cluster.name])) {
          names.padded.push(` ${normal(v)} `);
          names.of.push(cluster);
        }
      this.names = names;
    }
    const { padded, of } = this.names;
    // The name is the query, has it as one of its words, or (3 letters or more) begins with it.
    const matching = (q: string) => {
      const whole = ` ${q} `;
      const oneWord = !q.includes(' ');
      const start = q.length >= 3 ? ` ${q}` : whole;
      const found = new Set<SourceCluster>();
      padded.forEach((v, i) => {
        if (v === whole || (oneWord && v.includes(whole)) || v.startsWith(start))
          found.add(of[i] as SourceCluster);
      });
      return [...found];
    };
    const exact = matching(q);
    if (exact.length) return exact.slice(0, limit);
    if (this.clusters.length > FUSE_NAMES) {
      const fixed = correct && !q.includes(' ') ? correct(q) : [];
      return [...new Set(fixed.flatMap(matching))].slice(0, limit);
    }
    this.fuse ??= new Fuse(
      this.all().flatMap((cluster) =>
        [...new Set([cluster.name, ...cluster.variants])].map((text) => ({ cluster, text })),
      ),
      { keys: ['text'], threshold: 0.35, ignoreLocation: true, includeScore: true },
    );
    const seen = new Set<SourceCluster>();
    for (const r of this.fuse.search(query)) {
      seen.add(r.item.cluster);
      if (seen.size >= limit) break;
    }
    return [...seen];
  }
}
