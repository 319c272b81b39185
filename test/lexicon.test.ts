import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fileLexicon, tableLexicon } from '../src/search/wordnet/lexicon.ts';

// A table of several 4 KB blocks, in the table's order (lemma, flags, synonyms, related, far, rare far).
const lemmas = Array.from({ length: 3000 }, (_, i) => `w${(i * 7919) % 100000}`)
  .concat(['a', 'look into', 'zzz', "'hood"])
  .sort();
const table = `${lemmas.map((l, i) => `${l}\tcn${(i % 3) + 1}\tsyn${i}\trel${i}|x\t\tfar${i}`).join('\n')}\n`;
const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
const file = join(dir, 'table.tsv');
writeFileSync(file, table);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('WordNet table on disk', () => {
  const inMemory = tableLexicon(readFileSync(file));
  const onDisk = fileLexicon(file);

  it('finds every lemma as the in-memory table does, block edges included', () => {
    for (const l of lemmas) expect(onDisk.lookup(l), l).toEqual(inMemory.lookup(l));
    expect(onDisk.lookup('look into')?.synonyms).toHaveLength(1);
  });

  it('misses what the table lacks, before, between and after its lemmas', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (s) => {
        expect(onDisk.lookup(s)).toEqual(inMemory.lookup(s));
      }),
      { numRuns: 300 },
    );
    for (const miss of ['', '0', 'w', 'w99999x', '~']) expect(onDisk.lookup(miss)).toBeUndefined();
  });
});
