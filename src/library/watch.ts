/**
 * Live updates of the articles folder: files added, edited or removed while the bot runs are
 * swapped into the library within a second, with no restart and no moment where questions fail.
 *
 * fs.watch reports changes at once but misses some on network and container file systems, so a
 * periodic rescan (size, mtime and inode of every article file) catches what it missed. Events for
 * one file are debounced, since editors and copies write a file in several steps.
 */
import { type FSWatcher, type Stats, statSync, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleFile } from '../article/load.ts';
import type { ArticleSummary, Library } from './library.ts';

export type WatchEvent =
  | { kind: 'added' | 'updated'; file: string; article: ArticleSummary }
  /** The edited file no longer loads; the article's last good version keeps serving. */
  | { kind: 'kept'; file: string; reason: string }
  /** A new file that cannot be loaded; the other articles keep serving. */
  | { kind: 'skipped'; file: string; reason: string }
  | { kind: 'removed'; file: string }
  /** The folder itself could not be watched or read (reported once until it recovers). */
  | { kind: 'error'; reason: string };

export interface WatchOptions {
  /** Quiet time after a file's last change before it is read (default 150 ms). */
  debounceMs?: number;
  /** Full rescan interval, the fallback for missed events (default 5 s; 0 turns it off). */
  rescanMs?: number;
  /** Use fs.watch events (default true); false relies on the rescan alone, as on file systems without them. */
  fsWatch?: boolean;
}

/** A log line for an event, e.g. "articles: added harbour.txt (Dock workers strike …)". */
export function describeWatchEvent(event: WatchEvent): string {
  switch (event.kind) {
    case 'added':
    case 'updated':
      return `articles: ${event.kind} ${event.file} (${event.article.title}, ${event.article.sentences} sentences)`;
    case 'kept':
      return `articles: ${event.file} no longer loads, keeping its last good version: ${event.reason}`;
    case 'skipped':
      return `articles: skipped ${event.file}: ${event.reason}`;
    case 'removed':
      return `articles: removed ${event.file}`;
    case 'error':
      return `articles: ${event.reason}`;
  }
}

const signature = (s: Stats) => `${s.size}:${s.mtimeMs}:${s.ino}`;

/**
 * Keeps `library` in step with the article files in `dir` until the returned function is called.
 * Files the library already holds are taken as loaded; any other article file found at the start
 * is loaded then, so a change between loading and watching is not lost.
 */
export function watchArticles(
  dir: string,
  library: Library,
  onEvent: (event: WatchEvent) => void = () => {},
  options: WatchOptions = {},
): () => void {
  const debounceMs = options.debounceMs ?? 150;
  const rescanMs = options.rescanMs ?? 5000;
  const seen = new Map<string, string>();
  const timers = new Map<string, NodeJS.Timeout>();
  let stopped = false;
  let failing: string | undefined;

  const fail = (reason: string) => {
    if (reason !== failing) onEvent({ kind: 'error', reason });
    failing = reason;
  };

  /** Brings one file's article in line with the file as it is now. */
  const check = (file: string) => {
    timers.delete(file);
    if (stopped) return;
    let stats: Stats | undefined;
    try {
      stats = statSync(join(dir, file));
    } catch {
      stats = undefined;
    }
    if (!stats?.isFile()) {
      seen.delete(file);
      if (library.removeFile(file)) onEvent({ kind: 'removed', file });
      return;
    }
    const sig = signature(stats);
    if (seen.get(file) === sig) return;
    seen.set(file, sig);
    const update = library.reloadFile(file);
    if ('warning' in update) onEvent({ kind: update.status, file, reason: update.warning.reason });
    else onEvent({ kind: update.status, file, article: update.article });
  };

  const schedule = (file: string) => {
    if (stopped || !isArticleFile(file)) return;
    clearTimeout(timers.get(file));
    timers.set(file, setTimeout(check, debounceMs, file).unref());
  };

  /** Compares every article file with what was last seen; asynchronous, so serving goes on. */
  let scanning = false;
  const rescan = async () => {
    if (scanning || stopped) return;
    scanning = true;
    try {
      const files = (await readdir(dir)).filter(isArticleFile);
      const present = new Set(files);
      for (const file of seen.keys()) if (!present.has(file)) schedule(file);
      for (let i = 0; i < files.length && !stopped; i += 64) {
        const batch = files.slice(i, i + 64);
        const stats = await Promise.all(batch.map((f) => stat(join(dir, f)).catch(() => undefined)));
        batch.forEach((file, k) => {
          const s = stats[k];
          if (!s || seen.get(file) !== signature(s)) schedule(file);
        });
      }
      failing = undefined;
    } catch (error) {
      fail(`the articles folder cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
    } finally {
      scanning = false;
    }
  };

  // What the library holds now is what it loaded: record those files as seen.
  const known = new Set(library.articles().map((a) => a.file));
  for (const w of library.warnings()) known.add(w.file);
  for (const file of known) {
    try {
      seen.set(file, signature(statSync(join(dir, file))));
    } catch {
      // Gone since loading: the first scan removes it.
    }
  }

  let watcher: FSWatcher | undefined;
  const startWatcher = () => {
    try {
      watcher = watch(dir, { persistent: false }, (_type, name) => {
        if (name) schedule(name.toString());
        else void rescan();
      });
      watcher.on('error', (error) => {
        fail(`watching the articles folder failed (${error.message}); rescanning every ${rescanMs / 1000} s`);
        watcher?.close();
        watcher = undefined;
      });
    } catch (error) {
      fail(`the articles folder cannot be watched (${(error as Error).message}); rescanning instead`);
    }
  };
  if (options.fsWatch !== false) startWatcher();
  const interval = rescanMs > 0 ? setInterval(() => void rescan(), rescanMs).unref() : undefined;
  void rescan();

  return () => {
    stopped = true;
    watcher?.close();
    clearInterval(interval);
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  };
}
