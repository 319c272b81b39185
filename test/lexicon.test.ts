import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TABLE_PATH } from '../src/search/wordnet/build.ts';
import { fileLexicon, tableLexicon, wordnetLexicon } from '../src/search/wordnet/lexicon.ts';

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

describe('blocks kept after reading', () => {
  it('are reused in turn without mixing their lemmas up, however the lookups jump about', () => {
    // More blocks than are kept (64): evicted slots are read into again.
    const many = Array.from({ length: 24_000 }, (_, i) => `m${String(i).padStart(6, '0')}`);
    const big = join(dir, 'big.tsv');
    writeFileSync(big, `${many.map((l, i) => `${l}\tcn1\tsyn${i}\t\t\t`).join('\n')}\n`);
    fc.assert(
      fc.property(fc.shuffledSubarray(many, { minLength: 200, maxLength: 400 }), (asked) => {
        // A fresh lexicon each run: its lookup cache would otherwise hide the blocks.
        const lexicon = fileLexicon(big);
        for (const l of asked) expect(lexicon.lookup(l)?.synonyms, l).toEqual([`syn${Number(l.slice(1))}`]);
      }),
      { numRuns: 20 },
    );
  });
});

describe("the index of the table's blocks", () => {
  it('is kept beside the table and read at the next open', () => {
    const sidecar = `${file}.blocks.json`;
    fileLexicon(file);
    expect(existsSync(sidecar)).toBe(true);
    const kept = JSON.parse(readFileSync(sidecar, 'utf8')) as { starts: number[] };
    // A doctored index of the same table is believed: it is what the second open reads.
    const shifted = {
      ...JSON.parse(readFileSync(sidecar, 'utf8')),
      firsts: kept.starts.slice(1).map(() => ''),
    };
    writeFileSync(sidecar, JSON.stringify(shifted));
    expect(fileLexicon(file).lookup(lemmas[1] as string)).toBeUndefined();
  });

  it('is made again when the table changes', () => {
    const other = join(dir, 'other.tsv');
    writeFileSync(other, table);
    const first = fileLexicon(other);
    expect(first.lookup('zzz')).toBeDefined();
    writeFileSync(other, `${table}zzzz\tcn1\t\t\t\t\n`);
    utimesSync(other, new Date(), new Date(Date.now() + 5000));
    expect(fileLexicon(other).lookup('zzzz')).toBeDefined();
  });

  it("is made again when it has no filter of the table's lemmas (an older index)", () => {
    const fourth = join(dir, 'fourth.tsv');
    writeFileSync(fourth, table);
    fileLexicon(fourth);
    const sidecar = `${fourth}.blocks.json`;
    const { lemmas: _, ...older } = JSON.parse(readFileSync(sidecar, 'utf8'));
    writeFileSync(sidecar, JSON.stringify(older));
    const lexicon = fileLexicon(fourth);
    for (const l of lemmas) expect(lexicon.lookup(l), l).toBeDefined();
    expect(JSON.parse(readFileSync(sidecar, 'utf8')).lemmas).toBeTypeOf('string');
  });

  it('never misses a lemma of the WordNet table for its filter of lemmas', () => {
    // Made by the install step (or by the first use of WordNet).
    wordnetLexicon();
    if (!existsSync(DEFAULT_TABLE_PATH)) return;
    const lexicon = fileLexicon(DEFAULT_TABLE_PATH);
    const all = readFileSync(DEFAULT_TABLE_PATH, 'utf8').split('\n');
    for (let i = 0; i < all.length; i += 7) {
      const lemma = (all[i] as string).split('\t')[0] as string;
      if (lemma) expect(lexicon.lookup(lemma), lemma).toBeDefined();
    }
  });

  it('ignores an unreadable index', () => {
    const third = join(dir, 'third.tsv');
    writeFileSync(third, table);
    writeFileSync(`${third}.blocks.json`, 'not json');
    expect(fileLexicon(third).lookup('look into')?.synonyms).toHaveLength(1);
  });
});
