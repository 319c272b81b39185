import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openChannelStore } from '../src/discord/channel-store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'article-bot-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('keeps every shard’s channel choices when shards share the data folder', () => {
  // Two shard processes: each opened the file before the other wrote to it.
  const shard0 = openChannelStore(dir);
  const shard1 = openChannelStore(dir);
  shard0.set('100', 'harbour');
  shard1.set('200', 'orchard');
  shard0.set('300', 'museum');
  shard1.set('200', undefined);
  const restarted = openChannelStore(dir);
  expect(['100', '200', '300'].map((c) => restarted.get(c))).toEqual(['harbour', undefined, 'museum']);
});
