/**
 * Which article each channel asks about, kept in `DATA_DIR/channels.json` so the choice survives a
 * restart. Small and rarely written: the whole file is rewritten atomically (temporary file, then
 * rename) on each change, so a crash never leaves half a file.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChannelStore {
  get(channelId: string): string | undefined;
  /** undefined: the channel asks about every article again. */
  set(channelId: string, articleId: string | undefined): void;
  readonly file: string;
}

export interface StoreProblem {
  file: string;
  reason: string;
}

const FILE = 'channels.json';

function read(file: string, onProblem: (p: StoreProblem) => void): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      onProblem({ file, reason: (error as Error).message });
    return new Map();
  }
  try {
    const data = JSON.parse(text) as { channels?: unknown };
    const channels = data.channels && typeof data.channels === 'object' ? data.channels : {};
    return new Map(
      Object.entries(channels).filter((e): e is [string, string] => typeof e[1] === 'string' && !!e[1]),
    );
  } catch (error) {
    onProblem({ file, reason: `not valid JSON (${(error as Error).message}); starting with no choices` });
    return new Map();
  }
}

export function openChannelStore(
  dataDir: string,
  onProblem: (p: StoreProblem) => void = () => {},
): ChannelStore {
  const file = join(dataDir, FILE);
  const channels = read(file, onProblem);
  let writes = 0;
  const save = (channelId: string, articleId: string | undefined) => {
    mkdirSync(dataDir, { recursive: true });
    // Shards (processes) share the file, each with its own guilds' channels: change only this
    // channel in what is on disk now, so one shard's save does not drop another's choices.
    const onDisk = read(file, () => {});
    if (articleId === undefined) onDisk.delete(channelId);
    else onDisk.set(channelId, articleId);
    const tmp = `${file}.${process.pid}.${++writes}.tmp`;
    const data = { version: 1, channels: Object.fromEntries(onDisk) };
    writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
    renameSync(tmp, file);
  };
  return {
    file,
    get: (channelId) => channels.get(channelId),
    set(channelId, articleId) {
      if (channels.get(channelId) === articleId) return;
      if (articleId === undefined) channels.delete(channelId);
      else channels.set(channelId, articleId);
      save(channelId, articleId);
    },
  };
}
