/**
 * Built articles cached on disk, keyed by each file's content hash, so a large library starts
 * without splitting and attributing every article again. The cache is only an optimisation: a
 * missing, stale or corrupt cache file means building from the files (with a warning when corrupt).
 *
 * Entries are tagged with a hash of the text-processing code (src/article), so a change to
 * splitting or attribution never serves articles built by the old code.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleStore } from '../article/load.ts';
import type { Article, Claim, Sentence, Source, Stance } from '../article/types.ts';

const FORMAT = 1;

/** A claim whose text is the sentence's own slice stores only its span. */
type StoredClaim = Omit<Claim, 'text'> & { text?: string };
type StoredSentence = [
  text: string,
  paragraph: number,
  index: number,
  sources: Source[],
  stance: Stance,
  claims: StoredClaim[],
];
interface StoredArticle {
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  paragraphs: string[];
  sentences: StoredSentence[];
}
interface CacheFile {
  format: number;
  version: string;
  articles: Record<string, StoredArticle>;
}

export interface ArticleCache extends ArticleStore {
  /** Writes the entries used since opening (files gone are dropped), if anything changed. */
  save(): void;
  readonly hits: number;
  readonly misses: number;
}

export interface CacheOptions {
  /** Why a cache file was ignored or could not be written; stderr by default. */
  warn?: (message: string) => void;
  /** Code version the entries must match; the hash of src/article by default. */
  version?: string;
}

let codeVersion: string | undefined;

/** Hash of the text-processing code and data: articles built by other code are not reused. */
export function pipelineVersion(): string {
  if (codeVersion) return codeVersion;
  const root = fileURLToPath(new URL('../article/', import.meta.url));
  const hash = createHash('sha1').update(String(FORMAT));
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => /\.(ts|json)$/.test(f))
    .sort();
  for (const f of files) hash.update(f).update(readFileSync(join(root, f)));
  codeVersion = hash.digest('hex').slice(0, 16);
  return codeVersion;
}

/** One cache file per articles folder, under `cacheDir`. */
export function cacheFileFor(articlesDir: string, cacheDir: string): string {
  const tag = createHash('sha1').update(resolve(articlesDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `articles-${tag}.json`);
}

function store(article: Article): StoredArticle {
  const { title, publisher, date, url, paragraphs } = article;
  return {
    title,
    ...(publisher ? { publisher } : {}),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    paragraphs,
    sentences: article.sentences.map((s) => [
      s.text,
      s.paragraph,
      s.index,
      s.sources,
      s.stance,
      s.claims.map(({ text, ...rest }) =>
        text === s.text.slice(rest.span[0], rest.span[1]) ? rest : { ...rest, text },
      ),
    ]),
  };
}

function hydrate(stored: StoredArticle, id: string, file: string): Article {
  const { sentences, ...meta } = stored;
  let cursor = 0;
  let last = -1;
  return {
    id,
    file,
    ...meta,
    sentences: sentences.map(([stored, paragraph, index, sources, stance, claims], i): Sentence => {
      // A sentence taken as a slice of its paragraph shares the paragraph's memory, as built ones do.
      if (paragraph !== last) cursor = 0;
      last = paragraph;
      const body = meta.paragraphs[paragraph] ?? '';
      const at = body.indexOf(stored, cursor);
      const text = at >= 0 ? body.slice(at, at + stored.length) : stored;
      if (at >= 0) cursor = at + stored.length;
      return {
        id: i,
        text,
        paragraph,
        index,
        sources,
        stance,
        claims: claims.map((c) => ({ ...c, text: c.text ?? text.slice(c.span[0], c.span[1]) })),
      };
    }),
  };
}

function isCacheFile(value: unknown): value is CacheFile {
  const v = value as CacheFile;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.format === 'number' &&
    typeof v.version === 'string' &&
    typeof v.articles === 'object' &&
    v.articles !== null
  );
}

/** Opens (or starts) the cache in `file`; never throws. */
export function openArticleCache(file: string, options: CacheOptions = {}): ArticleCache {
  const warn = options.warn ?? ((m: string) => process.stderr.write(`article-bot: ${m}\n`));
  const version = options.version ?? pipelineVersion();
  let entries = new Map<string, StoredArticle>();
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // No cache yet: every article is built.
  }
  if (text !== undefined) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!isCacheFile(parsed)) throw new Error('not an article cache');
      // Another code version's entries are stale, not broken: quietly rebuilt.
      if (parsed.format === FORMAT && parsed.version === version)
        entries = new Map(Object.entries(parsed.articles));
    } catch (error) {
      warn(`ignored the article cache ${file} (${(error as Error).message}); articles are built again`);
    }
    text = undefined;
  }
  const used = new Map<string, Article>();
  let changed = false;
  let hits = 0;
  let misses = 0;
  return {
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    get(key, id, file) {
      // Two files with the same bytes: the second shares the first one's sentences.
      const twin = used.get(key);
      if (twin) {
        hits++;
        return { ...twin, id, file };
      }
      const stored = entries.get(key);
      // Let go of the stored form at once, so a large cache is not held twice while it loads.
      entries.delete(key);
      if (!stored) {
        misses++;
        return undefined;
      }
      try {
        const article = hydrate(stored, id, file);
        used.set(key, article);
        hits++;
        return article;
      } catch {
        // A malformed entry is rebuilt like a missing one.
        changed = true;
        misses++;
        return undefined;
      }
    },
    set(key, article) {
      used.set(key, article);
      changed = true;
    },
    save() {
      // Entries never asked for belong to files that are gone (or changed): the file is rewritten.
      if (changed || entries.size > 0) {
        const out: CacheFile = { format: FORMAT, version, articles: {} };
        for (const [key, article] of used) out.articles[key] = store(article);
        try {
          mkdirSync(dirname(file), { recursive: true });
          // Written aside and renamed: a reader never sees half a cache.
          const aside = `${file}.${process.pid}.tmp`;
          // ASCII only (other characters escaped): read back as a one-byte string, half the memory.
          const json = JSON.stringify(out).replace(
            /[\u0080-\uffff]/g,
            (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
          );
          writeFileSync(aside, json);
          renameSync(aside, file);
        } catch (error) {
          warn(`could not write the article cache ${file} (${(error as Error).message})`);
        }
      }
      // The articles now live in the library; the cache lets go of them.
      entries.clear();
      used.clear();
      changed = false;
    },
  };
}
