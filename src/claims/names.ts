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
  kind?: Source['kind'];
  /** Canonical names and mentions as written. */
  variants: Set<string>;
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

/** May these two person names be one person? Surnames agree and given names do not contradict. */
function samePerson(a: string[], b: string[]): boolean {
  const [la, lb] = [a[a.length - 1], b[b.length - 1]];
  if (!la || !lb || !sameSurname(la, lb)) return false;
  const [fa, fb] = [a.slice(0, -1), b.slice(0, -1)];
  if (!fa.length || !fb.length) return true;
  return fa[0]?.[0] === fb[0]?.[0];
}

/** Merges sources as they are added; `get` returns the cluster a source belongs to. */
export class SourceDirectory {
  private readonly clusters = new Map<string, SourceCluster>();
  /** Surname (first 4 letters) → person clusters, so merging does not compare every pair. */
  private readonly bySurname = new Map<string, SourceCluster[]>();
  private readonly byName = new Map<string, SourceCluster>();
  private fuse: Fuse<{ cluster: SourceCluster; text: string }> | undefined;

  add(source: Source): SourceCluster {
    const n = norm(source.name);
    let cluster = this.byName.get(n);
    if (!cluster && personLike(source.name, source.kind)) {
      const words = n.split(' ');
      const last = words[words.length - 1] ?? n;
      const bucket = this.bySurname.get(last.slice(0, 4)) ?? [];
      cluster = bucket.find((c) => samePerson(norm(c.name).split(' '), words));
      if (!cluster) {
        cluster = this.create(source, n);
        bucket.push(cluster);
        this.bySurname.set(last.slice(0, 4), bucket);
      } else if (source.name.split(' ').length > cluster.name.split(' ').length) {
        // The fullest form names the person best.
        cluster.name = source.name;
      }
    }
    cluster ??= this.create(source, n);
    this.byName.set(n, cluster);
    cluster.variants.add(source.name);
    if (source.mention) cluster.variants.add(source.mention);
    if (!cluster.kind && source.kind) cluster.kind = source.kind;
    this.fuse = undefined;
    return cluster;
  }

  private create(source: Source, key: string): SourceCluster {
    const cluster: SourceCluster = { key, name: source.name, variants: new Set() };
    if (source.kind) cluster.kind = source.kind;
    this.clusters.set(key, cluster);
    return cluster;
  }

  get(source: Source): SourceCluster | undefined {
    return this.byName.get(norm(source.name));
  }

  all(): SourceCluster[] {
    return [...this.clusters.values()];
  }

  /** The clusters a typed name means, best first: exact or contained words first, then fuzzy. */
  find(query: string, limit = 10): SourceCluster[] {
    const q = norm(query);
    if (!q) return [];
    const exact = this.all().filter((c) =>
      [...c.variants, c.name].some((v) => {
        const nv = norm(v);
        return nv === q || nv.split(' ').includes(q) || (q.length >= 3 && nv.startsWith(q));
      }),
    );
    if (exact.length) return exact.slice(0, limit);
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
