import { statSync } from 'node:fs';
import { join } from 'node:path';
import { AnswerEngine, type EngineOptions } from '../answer/engine.ts';
import type { ArticleSentence } from '../answer/passage.ts';
import type { CounterClaim } from '../answer/types.ts';
import {
  articleId,
  assignIds,
  isArticleFile,
  type LoadOptions,
  listArticleFiles,
  loadArticleFile,
} from '../article/load.ts';
import type { Article, LoadWarning } from '../article/types.ts';
import { ClaimIndex, type ClaimShelf } from '../claims/index.ts';
import { citedOf, topicWordsOf } from '../claims/outline.ts';
import type { Dispute } from '../claims/types.ts';
import { asciiJson, openArticleCache, storeArticle } from './cache.ts';
import type { ArticleSummary, FileUpdate, Library, SentenceContext } from './library.ts';
import { encodeArticle } from './sliced-article.ts';
import {
  type ArticlePart,
  type FileRecord,
  openSnapshot,
  type Snapshot,
  type StoredPiece,
  writeSnapshot,
} from './snapshot.ts';

const summary = (a: Article): ArticleSummary => {
  const s: ArticleSummary = { id: a.id, file: a.file, title: a.title, sentences: a.sentences.length };
  for (const key of ['url', 'publisher', 'date'] as const) if (a[key]) s[key] = a[key];
  return s;
};

/** The folder a library was loaded from, so that single files can be reloaded (live updates). */
export interface LibraryFolder {
  dir: string;
  load?: LoadOptions;
}

/** Whole articles read from a snapshot and kept for the next passages (answers come in bursts). */
const RECENT_ARTICLES = 64;
/** Single sentences read from a snapshot and kept: a question ranks and shows a few dozen. */
const RECENT_SENTENCES = 256;
/** Articles whose disputes were read for answers and are kept (a long run asks about thousands). */
const RECENT_DISPUTES = 1024;

/** Keeps at most `limit` entries, dropping the least recently set. */
function keepRecent<K, V>(map: Map<K, V>, key: K, value: V, limit: number): V {
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value as K);
  return value;
}

/**
 * Where a library's whole articles are: in memory (loaded from files in this run), or in a
 * snapshot on disk, read when asked for and kept in a small most-recently-used set. Answers need
 * only single sentences, which are read from the snapshot alone and kept likewise.
 */
class ArticleShelf {
  private readonly loaded = new Map<string, Article>();
  private readonly recent = new Map<string, Article>();
  /** By article id and sentence id ("id#3"). */
  private readonly sentences = new Map<string, ArticleSentence>();
  private stored = new Map<string, FileRecord>();
  private snapshot: Snapshot | undefined;

  get(id: string): Article | undefined {
    const article = this.loaded.get(id) ?? this.recent.get(id);
    if (article) {
      if (this.recent.delete(id)) this.recent.set(id, article);
      return article;
    }
    const record = this.stored.get(id);
    const read = record && this.snapshot?.article(record);
    return read ? keepRecent(this.recent, id, read, RECENT_ARTICLES) : undefined;
  }

  /** One sentence with its article's metadata: from an article in memory, or read alone. */
  sentence(id: string, sentenceId: number): ArticleSentence | undefined {
    const whole = this.loaded.get(id) ?? this.recent.get(id);
    if (whole) {
      const sentence = whole.sentences[sentenceId];
      return sentence && { article: whole, sentence };
    }
    const key = `${id}#${sentenceId}`;
    const kept = this.sentences.get(key);
    if (kept) return kept;
    const record = this.stored.get(id);
    const sentence = record?.summary && this.snapshot?.sentence(record, sentenceId);
    // The summary holds all of the article a passage shows besides the sentence.
    return sentence && record?.summary
      ? keepRecent(this.sentences, key, { article: record.summary, sentence }, RECENT_SENTENCES)
      : undefined;
  }

  put(article: Article): void {
    this.drop(article.id);
    this.loaded.set(article.id, article);
  }

  drop(id: string): void {
    this.loaded.delete(id);
    this.recent.delete(id);
    this.stored.delete(id);
    for (const key of this.sentences.keys()) if (key.startsWith(`${id}#`)) this.sentences.delete(key);
  }

  /** The stored form of an article for the next snapshot: copied from this one, or made. */
  piece(id: string): StoredPiece {
    return this.copied(this.stored.get(id)?.range, this.loaded.has(id), () => {
      const a = this.get(id);
      if (!a) throw new Error(`no article ${id} to store`);
      return encodeArticle(storeArticle(a));
    });
  }

  /** Bytes from this snapshot when it holds them (and no newer version is loaded), or made. */
  private copied(range: [number, number] | undefined, loaded: boolean, make: () => Buffer): StoredPiece {
    const snapshot = this.snapshot;
    if (range && snapshot && !loaded)
      return { length: range[1] - range[0], bytes: () => snapshot.bytes(range) };
    const bytes = make();
    return { length: bytes.length, bytes: () => bytes };
  }

  /** A part of an article (its disputes, its outline) as the snapshot holds it; undefined when not there. */
  part(id: string, part: ArticlePart): string | undefined {
    const range = this.stored.get(id)?.[part];
    return range && this.snapshot ? this.snapshot.bytes(range).toString('latin1') : undefined;
  }

  /**
   * A part of each of these articles, in their order, as the snapshot holds it (undefined where it
   * holds none): parts that lie end to end are read together, up to a megabyte at a time, so the
   * outlines of 10,000 articles take a few reads, not 10,000.
   */
  *parts(ids: readonly string[], part: ArticlePart): Generator<[string, string | undefined]> {
    const snapshot = this.snapshot;
    const rangeOf = (id: string | undefined) => (id === undefined ? undefined : this.stored.get(id)?.[part]);
    for (let i = 0; i < ids.length; ) {
      const id = ids[i] as string;
      const first = rangeOf(id);
      if (!first || !snapshot) {
        yield [id, undefined];
        i++;
        continue;
      }
      let j = i + 1;
      let end = first[1];
      for (
        let next = rangeOf(ids[j]);
        next && next[0] === end && end - first[0] < 1 << 20;
        next = rangeOf(ids[j])
      ) {
        end = next[1];
        j++;
      }
      const bytes = snapshot.bytes([first[0], end]);
      for (; i < j; i++) {
        const [from, to] = rangeOf(ids[i]) as [number, number];
        yield [ids[i] as string, bytes.toString('latin1', from - first[0], to - first[0])];
      }
    }
  }

  /** A part's JSON for the next snapshot, copied from this one when it has it. */
  partPiece(id: string, part: ArticlePart, json: () => string): StoredPiece {
    return this.copied(this.stored.get(id)?.[part], false, () => Buffer.from(json(), 'latin1'));
  }

  /** Serves every article from `snapshot` from now on; those in memory are let go. */
  adopt(snapshot: Snapshot): void {
    this.snapshot?.close();
    this.snapshot = snapshot;
    this.stored = new Map(snapshot.state.files.filter((r) => r.range).map((r) => [r.id, r]));
    this.loaded.clear();
    this.recent.clear();
    this.sentences.clear();
  }

  /** Serves the articles of `records` from `snapshot`. */
  serve(snapshot: Snapshot, records: readonly FileRecord[]): void {
    this.snapshot = snapshot;
    this.stored = new Map(records.filter((r) => r.range).map((r) => [r.id, r]));
    this.sentences.clear();
  }
}

type FileStats = Pick<FileRecord, 'size' | 'mtimeMs'>;

/** An article's disputes, and by sentence the other sides of those it is one side of. */
interface ArticleDisputes {
  disputes: Dispute[];
  others: Map<number, CounterClaim[]>;
}
interface StoredDisputes {
  disputes: Dispute[];
  others: [number, CounterClaim[]][];
}
const NO_DISPUTES: ArticleDisputes = { disputes: [], others: new Map() };

/**
 * A library serving from memory: the answer engine's compact state, article summaries, and whole
 * articles on the shelf. Every change goes through `put` and `drop`, which finish before the next
 * question is taken (one thread), so no question sees half an update.
 */
class MemoryLibrary implements Library {
  /** Summaries in file order, made again after a change (when first needed). */
  private sorted: readonly ArticleSummary[] | undefined = [];
  private readonly byId = new Map<string, ArticleSummary>();
  private readonly idOfFile = new Map<string, string>();
  private readonly warned = new Map<string, LoadWarning>();
  /** Size and mtime of each file as loaded, for the next snapshot. */
  private readonly stats = new Map<string, FileStats>();
  private readonly shelf = new ArticleShelf();
  private engine: AnswerEngine | undefined;
  /** Per article, its disputes and, by sentence, the other sides (worked out or read once). */
  private readonly disputed = new Map<string, ArticleDisputes>();
  private claimIndex: ClaimIndex | undefined;
  /** Article ids in file order, made again after a change (the claims index sees a new list). */
  private ids: readonly string[] | undefined;

  constructor(readonly folder?: LibraryFolder) {}

  /** Where the engine reads articles, and the single sentences its answers show, from. */
  private readonly reading: EngineOptions = {
    articles: (id) => this.shelf.get(id),
    sentence: (id, sentenceId) => this.shelf.sentence(id, sentenceId),
  };

  private answers(): AnswerEngine {
    this.engine ??= new AnswerEngine(
      this.list.map((s) => this.shelf.get(s.id) as Article),
      this.reading,
    );
    return this.engine;
  }

  private get list(): readonly ArticleSummary[] {
    this.sorted ??= [...this.byId.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
    return this.sorted;
  }

  /**
   * What the claims index reads: each article's outline (from the snapshot, or worked out from an
   * article in memory), whole articles only for the few a topic is looked for in, and the answer
   * engine's index for which articles use a word.
   */
  private readonly claimShelf: ClaimShelf = {
    ids: () => {
      this.ids ??= this.list.map((s) => s.id);
      return this.ids;
    },
    article: (id) => this.article(id),
    length: (id) => this.byId.get(id)?.sentences ?? 0,
    cited: (id) => this.outline(id, 'cited', citedOf),
    topicWords: (id) => this.outline(id, 'topicWords', topicWordsOf),
    allCited: (ids) => this.outlines(ids, 'cited', citedOf),
    allTopicWords: (ids) => this.outlines(ids, 'topicWords', topicWordsOf),
    words: () => this.answers().words(),
  };

  private claimIndexNow(): ClaimIndex {
    this.claimIndex ??= new ClaimIndex(this.claimShelf);
    return this.claimIndex;
  }

  /** A part of these articles' outlines, in their order: as the snapshot holds it, or worked out. */
  private *outlines<T>(
    ids: readonly string[],
    part: 'cited' | 'topicWords',
    make: (a: Article) => T,
  ): Generator<[string, T | undefined]> {
    for (const [id, json] of this.shelf.parts(ids, part)) {
      if (json !== undefined) yield [id, JSON.parse(json) as T];
      else yield [id, this.outline(id, part, make)];
    }
  }

  /** A part of an article's outline: as the snapshot holds it, or worked out from the article. */
  private outline<T>(id: string, part: 'cited' | 'topicWords', make: (a: Article) => T): T | undefined {
    if (!this.byId.has(id)) return undefined;
    const json = this.shelf.part(id, part);
    if (json !== undefined) return JSON.parse(json) as T;
    const article = this.shelf.get(id);
    return article && make(article);
  }

  private disputesOf(id: string): ArticleDisputes {
    let found = this.disputed.get(id);
    if (found) return found;
    // From the snapshot when it has them (kept on disk, read per article as needed).
    const json = this.shelf.part(id, 'digest');
    if (json !== undefined) {
      const stored = json ? (JSON.parse(json) as StoredDisputes) : undefined;
      found = stored ? { disputes: stored.disputes, others: new Map(stored.others) } : NO_DISPUTES;
    } else {
      // Disputes are within one article, so its own claims are all they need: a library of
      // 10,000 articles lists them without reading every article into one claims index.
      const article = this.shelf.get(id);
      const index = article && new ClaimIndex([article]);
      found = index ? { disputes: index.disputes(), others: index.counterClaimsOf(id) } : NO_DISPUTES;
    }
    return keepRecent(this.disputed, id, found, RECENT_DISPUTES);
  }

  private relist(): void {
    this.sorted = undefined;
    this.ids = undefined;
  }

  /** The one place an article enters the library; search structures follow here. */
  put(article: Article, stats?: FileStats): void {
    // The old version leaves first: the engine reads its words back from the shelf.
    this.engine?.remove(article.id);
    this.shelf.put(article);
    this.engine?.add(article);
    this.disputed.delete(article.id);
    this.byId.set(article.id, summary(article));
    this.idOfFile.set(article.file, article.id);
    if (stats) this.stats.set(article.file, stats);
    this.relist();
  }

  private drop(id: string): void {
    this.engine?.remove(id);
    this.shelf.drop(id);
    this.disputed.delete(id);
    this.byId.delete(id);
    this.relist();
  }

  warn(warning: LoadWarning, stats?: FileStats): void {
    this.warned.set(warning.file, warning);
    if (stats) this.stats.set(warning.file, stats);
  }

  /** Continues from a snapshot: its engine, and the articles and warnings of unchanged files. */
  resume(snapshot: Snapshot, unchanged: readonly FileRecord[]): void {
    const keep = new Set(unchanged.map((r) => r.id));
    this.engine = AnswerEngine.restore(snapshot.state.engine, this.reading);
    this.shelf.serve(snapshot, snapshot.state.files);
    // Articles of files gone or changed leave the restored engine; changed ones are loaded anew.
    for (const r of snapshot.state.files)
      if (r.summary && !keep.has(r.id)) {
        this.engine.remove(r.id);
        this.shelf.drop(r.id);
      }
    for (const r of unchanged) {
      this.stats.set(r.file, { size: r.size, mtimeMs: r.mtimeMs });
      if (r.summary) {
        this.byId.set(r.id, r.summary);
        this.idOfFile.set(r.file, r.id);
      } else if (r.warning) this.warned.set(r.file, { file: r.file, reason: r.warning });
    }
    this.relist();
  }

  /** Writes the library to `file` and serves its articles from there, letting go of those in memory. */
  save(file: string, warn: (message: string) => void): void {
    const engine = this.answers();
    const ids = assignIds([...new Set([...this.idOfFile.keys(), ...this.warned.keys()])].sort());
    const files = [...ids.keys()].flatMap((name): Omit<FileRecord, 'range'>[] => {
      const stats = this.stats.get(name);
      if (!stats) return [];
      const id = this.idOfFile.get(name);
      const article = id ? this.byId.get(id) : undefined;
      if (id && article) return [{ file: name, id, ...stats, summary: article }];
      const warning = this.warned.get(name);
      return warning ? [{ file: name, id: ids.get(name) as string, ...stats, warning: warning.reason }] : [];
    });
    try {
      writeSnapshot(
        file,
        {
          files,
          engine: engine.state(),
        },
        (record) => ({
          article: this.shelf.piece(record.id),
          digest: this.shelf.partPiece(record.id, 'digest', () => {
            const { disputes, others } = this.disputesOf(record.id);
            const stored: StoredDisputes = { disputes, others: [...others] };
            return disputes.length || others.size ? asciiJson(stored) : '';
          }),
          cited: this.shelf.partPiece(record.id, 'cited', () => asciiJson(this.claimShelf.cited(record.id))),
          topicWords: this.shelf.partPiece(record.id, 'topicWords', () =>
            asciiJson(this.claimShelf.topicWords(record.id)),
          ),
        }),
      );
    } catch (error) {
      warn(`could not write the library snapshot ${file} (${(error as Error).message})`);
      return;
    }
    const written = openSnapshot(file, warn);
    if (written) this.shelf.adopt(written);
  }

  articles(): ArticleSummary[] {
    return [...this.list];
  }

  article(id: string): Article | undefined {
    return this.byId.has(id) ? this.shelf.get(id) : undefined;
  }

  warnings(): LoadWarning[] {
    return [...this.warned.values()];
  }

  ask(question: string, options: Parameters<Library['ask']>[1] = {}) {
    const answer = this.answers().ask(question, options);
    // A passage that is one side of a dispute shows the other side with its source.
    for (const p of [...answer.passages, ...answer.related]) {
      const others = this.disputesOf(p.ref.articleId).others.get(p.ref.sentence);
      if (others?.length) p.disputedBy = others;
    }
    return answer;
  }

  context(ref: Parameters<Library['context']>[0], radius = 2): SentenceContext | undefined {
    const article = this.article(ref.articleId);
    const focus = article?.sentences[ref.sentence];
    if (!article || !focus) return undefined;
    const from = Math.max(0, ref.sentence - radius);
    const sentences = article.sentences.slice(from, ref.sentence + radius + 1);
    return { article: summary(article), sentences, focus: ref.sentence - from };
  }

  claims(topic: string, options?: Parameters<Library['claims']>[1]) {
    return this.claimIndexNow().claims(topic, options);
  }

  sources(options?: Parameters<Library['sources']>[0]) {
    return this.claimIndexNow().sources(options);
  }

  disputes(options: Parameters<Library['disputes']>[0] = {}) {
    const ids = options.articleId
      ? [options.articleId].filter((id) => this.byId.has(id))
      : this.list.map((s) => s.id);
    return ids.flatMap((id) => this.disputesOf(id).disputes);
  }

  suggestTopics(prefix: string, limit?: number) {
    return this.claimIndexNow().suggestTopics(prefix, limit);
  }

  suggestSources(prefix: string, limit?: number) {
    return this.claimIndexNow().suggestSources(prefix, limit);
  }

  // A new file's id is its name's, made unique as at load ("a.txt", "a.md" → "a", "a-2").
  private freshId(file: string): string {
    const used = new Set(this.idOfFile.values());
    const base = articleId(file);
    let id = base;
    for (let n = 2; used.has(id) || this.byId.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  reloadFile(file: string): FileUpdate {
    const skip = (reason: string): FileUpdate => ({ status: 'skipped', warning: { file, reason } });
    // Only a bare article file name: never a path that could reach outside the folder.
    if (!this.folder) return skip('this library was not loaded from a folder');
    if (!isArticleFile(file) || /[/\\]/.test(file))
      return skip('it is not an article file name (.txt or .md)');
    const known = this.idOfFile.get(file);
    const stats = statsOf(join(this.folder.dir, file));
    const result = loadArticleFile(this.folder.dir, file, known ?? this.freshId(file), this.folder.load);
    if (result.ok) {
      this.warned.delete(file);
      this.put(result.article, stats);
      return { status: known ? 'updated' : 'added', article: summary(result.article) };
    }
    const previous = known ? this.byId.get(known) : undefined;
    if (!previous) {
      this.warn(result.warning, stats);
      return { status: 'skipped', warning: result.warning };
    }
    const warning = { file, reason: `${result.warning.reason}; the last good version is kept` };
    this.warned.set(file, warning);
    return { status: 'kept', article: previous, warning };
  }

  removeFile(file: string): boolean {
    this.warned.delete(file);
    this.stats.delete(file);
    const id = this.idOfFile.get(file);
    if (id === undefined) return false;
    this.idOfFile.delete(file);
    this.drop(id);
    return true;
  }
}

/** Size and mtime of a file, undefined when it cannot be read (the loader says why). */
function statsOf(path: string): FileStats | undefined {
  try {
    const s = statSync(path);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return undefined;
  }
}

/** A library over articles held in memory; with `folder`, files can be reloaded while it serves. */
export function createLibrary(
  initial: readonly Article[],
  initialWarnings: readonly LoadWarning[] = [],
  folder?: LibraryFolder,
): Library {
  const library = new MemoryLibrary(folder);
  for (const a of initial) library.put(a);
  for (const w of initialWarnings) library.warn(w);
  return api(library);
}

/** The library's methods as a plain object: front ends and tests may wrap or spread it. */
function api(l: MemoryLibrary): Library {
  return {
    articles: () => l.articles(),
    article: (id) => l.article(id),
    warnings: () => l.warnings(),
    ask: (question, options) => l.ask(question, options),
    context: (ref, radius) => l.context(ref, radius),
    claims: (topic, options) => l.claims(topic, options),
    sources: (options) => l.sources(options),
    disputes: (options) => l.disputes(options),
    suggestTopics: (prefix, limit) => l.suggestTopics(prefix, limit),
    suggestSources: (prefix, limit) => l.suggestSources(prefix, limit),
    reloadFile: (file) => l.reloadFile(file),
    removeFile: (file) => l.removeFile(file),
  };
}

export interface OpenOptions extends LoadOptions {
  /** Built articles cached in this file by content hash (see cache.ts); none when absent. */
  cacheFile?: string;
  /**
   * The whole library kept in this file (see snapshot.ts): the next start reads it instead of
   * building, and rebuilds only the files whose size or modification time changed.
   */
  snapshotFile?: string;
  /** Why a snapshot or cache was ignored or not written; stderr by default. */
  warn?: (message: string) => void;
}

/** Loads a folder of articles into a library. Throws ArticlesFolderError when the folder is unusable. */
export function openLibrary(dir: string, options: OpenOptions = {}): Library {
  const { cacheFile, snapshotFile, warn: warnOption, ...load } = options;
  const warn = warnOption ?? ((m: string) => process.stderr.write(`article-bot: ${m}\n`));
  const files = listArticleFiles(dir);
  const ids = assignIds(files);
  const library = new MemoryLibrary({ dir, load });
  const snapshot = snapshotFile ? openSnapshot(snapshotFile, warn) : undefined;

  // Files as the snapshot knows them (same name, id, size and mtime) are not read at all.
  let pending = files;
  // Sizes and mtimes as first read: a changed file is compared and loaded with the same stat.
  const stats = new Map<string, FileStats | undefined>();
  const statOf = (file: string) => {
    if (!stats.has(file)) stats.set(file, statsOf(join(dir, file)));
    return stats.get(file);
  };
  if (snapshot) {
    const known = new Map(snapshot.state.files.map((r) => [r.file, r]));
    const unchanged: FileRecord[] = [];
    pending = [];
    for (const file of files) {
      const r = known.get(file);
      const s = statOf(file);
      if (r && s && r.size === s.size && r.mtimeMs === s.mtimeMs && r.id === ids.get(file)) unchanged.push(r);
      else pending.push(file);
    }
    library.resume(snapshot, unchanged);
    if (!pending.length && unchanged.length === snapshot.state.files.length) return api(library);
  }

  // Built articles from the cache when it has them; a snapshot's own changes are few, built anew.
  const cache = cacheFile && !snapshot ? openArticleCache(cacheFile, { warn }) : undefined;
  const withStore = cache ? { ...load, store: cache } : load;
  pending.forEach((file, i) => {
    const result = loadArticleFile(dir, file, ids.get(file) ?? articleId(file), withStore);
    if (result.ok) library.put(result.article, statOf(file));
    else library.warn(result.warning, statOf(file));
    load.onProgress?.(i + 1, pending.length);
  });
  cache?.save();
  if (snapshotFile) library.save(snapshotFile, warn);
  return api(library);
}
