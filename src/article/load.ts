import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { buildArticle } from './build.ts';
import { parseArticle } from './parse.ts';
import type { Article, LoadWarning } from './types.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** The articles folder itself cannot be read: the caller says so once and stops. */
export class ArticlesFolderError extends Error {}

/**
 * Articles already built, by their file's content hash (an on-disk cache): splitting and
 * attribution are most of the loading time, and the same bytes always give the same article.
 */
export interface ArticleStore {
  get(key: string, id: string, file: string): Article | undefined;
  set(key: string, article: Article): void;
}

export interface LoadOptions {
  maxBytes?: number;
  /** Called after each file of a folder (a progress bar while a large library loads). */
  onProgress?: (done: number, total: number) => void;
  store?: ArticleStore;
}

/** The key of a file's contents in an ArticleStore. */
export const contentKey = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex');

export type FileResult = { ok: true; article: Article } | { ok: false; warning: LoadWarning };

const utf8 = new TextDecoder('utf-8', { fatal: true });

// A folder's README, licence or credits file documents the articles; it is not one of them.
const DOCUMENTATION_FILES = /^(readme|sources|licen[cs]e|notice|credits|changelog|copying)(\.|$)/i;

export function isArticleFile(name: string): boolean {
  return (
    (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()) &&
    !name.startsWith('.') &&
    !DOCUMENTATION_FILES.test(name)
  );
}

/** "Ukraine Kursk_advance.txt" → "ukraine-kursk-advance". */
export function articleId(file: string): string {
  const base = file.slice(0, file.length - extname(file).length);
  return (
    base
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'article'
  );
}

/** Decodes an article file's bytes, or says why they are not an article. */
export function decodeArticle(
  bytes: Uint8Array,
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'the file is empty' };
  if (bytes.length > maxBytes)
    return { reason: `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit` };
  if (bytes.includes(0)) return { reason: 'the file is binary, not text' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { reason: 'the file is not valid UTF-8 text' };
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${n} bytes`;
}

/** Loads one file of the articles folder; never throws. */
export function loadArticleFile(
  dir: string,
  file: string,
  id: string,
  options: LoadOptions = {},
): FileResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const fail = (reason: string): FileResult => ({ ok: false, warning: { file, reason } });
  let bytes: Uint8Array;
  try {
    const path = join(dir, file);
    const size = statSync(path).size;
    // Checked before reading, so a huge file costs nothing.
    if (size > maxBytes)
      return fail(`the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`);
    bytes = readFileSync(path);
  } catch (error) {
    return fail(`it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'read error'})`);
  }
  const key = options.store ? contentKey(bytes) : '';
  const stored = options.store?.get(key, id, file);
  if (stored) return { ok: true, article: stored };
  const decoded = decodeArticle(bytes, maxBytes);
  if ('reason' in decoded) return fail(decoded.reason);
  const parsed = parseArticle(decoded.text);
  if (!parsed) return fail('it has a headline but no body text');
  try {
    const article = buildArticle(id, file, parsed);
    if (!article.sentences.length) return fail('no sentences were found in it');
    options.store?.set(key, article);
    return { ok: true, article };
  } catch (error) {
    // A bug in text processing must cost one article, not the bot.
    return fail(`it could not be processed (${(error as Error).message})`);
  }
}

/** Article file names in a folder, sorted so that ids and order are stable. */
export function listArticleFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'it does not exist'
        : code === 'ENOTDIR'
          ? 'it is not a folder'
          : `it cannot be read (${code})`;
    throw new ArticlesFolderError(`The articles folder "${dir}" cannot be used: ${why}.`);
  }
  return names.filter(isArticleFile).sort();
}

/** Gives each file a unique id: "a.txt" and "a.md" become "a" and "a-2". */
export function assignIds(files: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const file of files) {
    const base = articleId(file);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(file, id);
  }
  return ids;
}

/** Loads every article in a folder; unusable files become warnings and the others still load. */
export function loadArticles(
  dir: string,
  options: LoadOptions = {},
): { articles: Article[]; warnings: LoadWarning[] } {
  const files = listArticleFiles(dir);
  const ids = assignIds(files);
  const articles: Article[] = [];
  const warnings: LoadWarning[] = [];
  for (const file of files) {
    const result = loadArticleFile(dir, file, ids.get(file) ?? articleId(file), options);
    if (result.ok) articles.push(result.article);
    else warnings.push(result.warning);
    options.onProgress?.(articles.length + warnings.length, files.length);
  }
  return { articles, warnings };
}
