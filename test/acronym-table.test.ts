import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AcronymTable } from '../src/answer/acronym-table.ts';

describe('acronym table', () => {
  it('spells out an acronym by every article that does, and forgets a removed article', () => {
    const t = new AcronymTable();
    t.add('a', [['usda', ['us', 'depart', 'agricultur']]]);
    t.add('b', [
      ['usda', ['us', 'depart', 'agricultur']],
      ['ndp', ['new', 'democrat', 'parti']],
    ]);
    expect(t.spelt('usda')).toEqual([
      ['us', 'depart', 'agricultur'],
      ['us', 'depart', 'agricultur'],
    ]);
    t.remove('a');
    expect(t.spelt('usda')).toHaveLength(1);
    expect(t.spelt('ndp')).toEqual([['new', 'democrat', 'parti']]);
    expect(t.spelt('nato')).toEqual([]);
  });

  it('keeps at most 16 forms of one acronym', () => {
    const t = new AcronymTable();
    for (let i = 0; i < 30; i++) t.add(`a${i}`, [['ab', [`x${i}`, 'y']]]);
    expect(t.spelt('ab')).toHaveLength(16);
  });

  it('answers the same packed for a snapshot as before, after any adds and removes', () => {
    const op = fc.tuple(
      fc.boolean(),
      fc.integer({ min: 0, max: 5 }),
      fc.constantFrom('ab', 'cd', 'abc', 'z'),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), fc.array(op, { maxLength: 10 }), (before, after) => {
        const live = new AcronymTable();
        const run = (t: AcronymTable, ops: typeof before) => {
          for (const [add, n, acronym] of ops) {
            if (add) t.add(`art${n}`, [[acronym, [`w${n}`, acronym]]]);
            else t.remove(`art${n}`);
          }
        };
        run(live, before);
        const restored = AcronymTable.restore(live.state());
        // Changes after a restore work on the packed forms as on live ones.
        run(live, after);
        run(restored, after);
        for (const acronym of ['ab', 'cd', 'abc', 'z', 'q'])
          expect(restored.spelt(acronym).sort()).toEqual(live.spelt(acronym).sort());
      }),
    );
  });
});
