/**
 * A progress bar for loading a large library on a terminal:
 *   Loading articles [██████████░░░░░░░░░░] 5,210/10,000  1,843/s  3s left
 * Silent when the stream is not a terminal (logs, pipes, the scorer), and for small libraries,
 * which load before a bar would be worth drawing.
 */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  label?: string;
  /** Libraries with fewer files load without a bar (default 200). */
  minTotal?: number;
  /** Redraws at most this often (default 100 ms). */
  intervalMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

const count = (n: number) => n.toLocaleString('en-US');

/** One line of the bar, fitted to `columns`. */
export function renderProgress(
  done: number,
  total: number,
  elapsedMs: number,
  label = 'Loading articles',
  columns = 80,
): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 && done < total ? `  ${Math.ceil((total - done) / rate)}s left` : '';
  const tail = ` ${count(done)}/${count(total)}  ${count(Math.round(rate))}/s${left}`;
  const width = Math.max(10, Math.min(30, columns - label.length - tail.length - 4));
  const filled = total > 0 ? Math.round((width * Math.min(done, total)) / total) : width;
  return `${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}]${tail}`;
}

/**
 * An `onProgress(done, total)` callback that draws on `stream` when it is a terminal, or
 * undefined when it is not (so callers pass it straight to openLibrary).
 */
export function terminalProgress(
  stream: ProgressStream = process.stderr,
  options: ProgressOptions = {},
): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  const now = options.now ?? (() => performance.now());
  const minTotal = options.minTotal ?? 200;
  const intervalMs = options.intervalMs ?? 100;
  let started: number | undefined;
  let drawn = Number.NEGATIVE_INFINITY;
  return (done, total) => {
    if (total < minTotal) return;
    const t = now();
    started ??= t;
    const finished = done >= total;
    if (!finished && t - drawn < intervalMs) return;
    drawn = t;
    const line = renderProgress(done, total, t - started, options.label, stream.columns);
    // \r and erase-line redraw in place; the last draw ends the line so later output starts clean.
    stream.write(`\r\x1b[2K${line}${finished ? '\n' : ''}`);
  };
}
