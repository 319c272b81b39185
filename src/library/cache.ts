/**
 * Built articles cached on disk, keyed by each file's content hash, so a large library starts
 * without splitting and attributing every article again. The cache is only an optimisation: a
 * missing, stale or corrupt cache file means building from the files (with a warning when corrupt).
 *
 * Entries are tagged with a hash of the text-processing code (src/article), so a change to
 * splitting or attribution never serves articles built by the old code.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleStore } from '../article/load.ts';
import type { Article, Claim, Sentence, Source, Stance } from '../article/types.ts';

/** 2: a header line, then one line per article ("<sha1> <json>"), each parsed only when asked for. */
const FORMAT = 2;

/** A claim whose text is the sentence's own slice stores only its span. */
type StoredClaim = Omit<Claim, 'text'> & { text?: string };
export type StoredSentence = [
  text: string,
  paragraph: number,
  index: number,
  sources: Source[],
  stance: Stance,
  claims: StoredClaim[],
];
export interface StoredArticle {
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  paragraphs: string[];
  sentences: StoredSentence[];
}
interface CacheHeader {
  format: number;
  version: string;
}
const KEY = /^[0-9a-f]{40}$/;
const NEWLINE = 10;

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
  codeVersion ??= codeHash(['article'], String(FORMAT));
  return codeVersion;
}

/**
 * The TypeScript sources, also when this runs as JavaScript compiled into dist/<hash>/ (see
 * scripts/run.mjs): both then make and read the same caches.
 */
function sourceRoot(): string {
  const here = fileURLToPath(new URL('../', import.meta.url));
  const compiledFrom = join(here, '..', '..', 'src');
  return basename(dirname(here)) === 'dist' && existsSync(join(compiledFrom, 'library', 'cache.ts'))
    ? compiledFrom
    : here;
}

/** Hash of the code and data files under these folders of src/ (and a format tag). */
export function codeHash(folders: readonly string[], tag: string): string {
  const hash = createHash('sha1').update(tag);
  const src = sourceRoot();
  for (const folder of folders) {
    const root = join(src, folder);
    const files = (readdirSync(root, { recursive: true }) as string[])
      // Generated tables follow from the code that generates them, which is hashed.
      .filter((f) => /\.(ts|json)$/.test(f) && !f.includes('generated'))
      .sort();
    for (const f of files)
      hash
        .update(folder)
        .update(f)
        .update(readFileSync(join(root, f)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** One cache file per articles folder, under `cacheDir`. */
export function cacheFileFor(articlesDir: string, cacheDir: string): string {
  const tag = createHash('sha1').update(resolve(articlesDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `articles-${tag}.json`);
}

/** An article as stored on disk: a sentence's text is kept once, claims by their spans. */
export function storeArticle(article: Article): StoredArticle {
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

/** The article back from its stored form. */
export function hydrateArticle(stored: StoredArticle, id: string, file: string): Article {
  const { sentences, ...meta } = stored;
  let cursor = 0;
  let last = -1;
  return {
    id,
    file,
    ...meta,
    sentences: sentences.map((sentence, i): Sentence => {
      const [stored, paragraph] = sentence;
      // A sentence taken as a slice of its paragraph shares the paragraph's memory, as built ones do.
      if (paragraph !== last) cursor = 0;
      last = paragraph;
      const body = meta.paragraphs[paragraph] ?? '';
      const at = body.indexOf(stored, cursor);
      if (at >= 0) cursor = at + stored.length;
      return hydrateSentence(sentence, i, at >= 0 ? body.slice(at, at + stored.length) : stored);
    }),
  };
}

/** One sentence back from its stored form (`text`: the same text, when shared with its paragraph). */
export function hydrateSentence(
  [stored, paragraph, index, sources, stance, claims]: StoredSentence,
  id: number,
  text = stored,
): Sentence {
  return {
    id,
    text,
    paragraph,
    index,
    sources,
    stance,
    claims: claims.map((c) => ({ ...c, text: c.text ?? text.slice(c.span[0], c.span[1]) })),
  };
}

function isCacheHeader(value: unknown): value is CacheHeader {
  const v = value as CacheHeader;
  return typeof v === 'object' && v !== null && typeof v.format === 'number' && typeof v.version === 'string';
}

/** JSON with every non-ASCII character escaped: one line, read back as one-byte strings. */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Where each entry's JSON lies in the file's bytes; throws when the file is no article cache. */
function indexEntries(bytes: Buffer, version: string): Map<string, [number, number]> {
  const entries = new Map<string, [number, number]>();
  const first = bytes.indexOf(NEWLINE);
  const header: unknown = JSON.parse(bytes.toString('utf8', 0, first < 0 ? bytes.length : first));
  if (!isCacheHeader(header)) throw new Error('not an article cache');
  // Another code version's entries are stale, not broken: quietly rebuilt.
  if (header.format !== FORMAT || header.version !== version) return entries;
  for (let at = first + 1; first >= 0 && at < bytes.length; ) {
    const end = bytes.indexOf(NEWLINE, at);
    const stop = end < 0 ? bytes.length : end;
    const key = bytes.toString('latin1', at, at + 40);
    if (!KEY.test(key) || bytes[at + 40] !== 32) throw new Error('a line is not an article entry');
    entries.set(key, [at + 41, stop]);
    at = stop + 1;
  }
  return entries;
}

/** Opens (or starts) the cache in `file`; never throws. */
export function openArticleCache(file: string, options: CacheOptions = {}): ArticleCache {
  const warn = options.warn ?? ((m: string) => process.stderr.write(`article-bot: ${m}\n`));
  const version = options.version ?? pipelineVersion();
  // Only offsets are read up front; an entry is parsed when its file is loaded, so the whole
  // cache never exists as one string or one object graph.
  let bytes: Buffer | undefined;
  let entries = new Map<string, [number, number]>();
  try {
    bytes = readFileSync(file);
  } catch {
    // No cache yet: every article is built.
  }
  if (bytes) {
    try {
      entries = indexEntries(bytes, version);
    } catch (error) {
      warn(`ignored the article cache ${file} (${(error as Error).message}); articles are built again`);
    }
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
      const range = entries.get(key);
      entries.delete(key);
      if (!range || !bytes) {
        misses++;
        return undefined;
      }
      try {
        const stored = JSON.parse(bytes.toString('utf8', range[0], range[1])) as StoredArticle;
        const article = hydrateArticle(stored, id, file);
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
        const lines = [asciiJson({ format: FORMAT, version } satisfies CacheHeader)];
        for (const [key, article] of used) lines.push(`${key} ${asciiJson(storeArticle(article))}`);
        try {
          mkdirSync(dirname(file), { recursive: true });
          // Written aside and renamed: a reader never sees half a cache.
          const aside = `${file}.${process.pid}.tmp`;
          writeFileSync(aside, `${lines.join('\n')}\n`);
          renameSync(aside, file);
        } catch (error) {
          warn(`could not write the article cache ${file} (${(error as Error).message})`);
        }
      }
      // The articles now live in the library; the cache lets go of them.
      entries.clear();
      bytes = undefined;
      used.clear();
      changed = false;
    },
  };
}
