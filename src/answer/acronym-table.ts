/**
 * What the articles spell their acronyms out as ("usda" → the index terms of "U.S. Department of
 * Agriculture"), and which article says so, for taking an article's forms out again. Ten thousand
 * articles give 92,000 acronyms (most of them runs of capitalised words nobody will ask about), so
 * a snapshot's forms stay packed: sorted acronyms and their forms in two strings with end offsets,
 * binary-searched. Forms of articles added since live in a Map beside them; removed articles' forms
 * are skipped until the next snapshot packs the table again.
 */

/** A handful of forms per acronym is plenty (and bounds memory on large libraries). */
const MAX_FORMS = 16;

export interface AcronymState {
  /** Acronyms, sorted, end to end; acronym i ends at keyEnds[i]. */
  keys: string;
  keyEnds: Int32Array;
  /** Acronym i's forms, one per line ("article number<TAB>term term …"), end at formEnds[i]. */
  forms: string;
  formEnds: Int32Array;
  /** Article numbers. */
  numbers: Map<string, number>;
}

const EMPTY: AcronymState = {
  keys: '',
  keyEnds: new Int32Array(0),
  forms: '',
  formEnds: new Int32Array(0),
  numbers: new Map(),
};

export class AcronymTable {
  private packed: AcronymState = EMPTY;
  private readonly live = new Map<string, string[]>();
  private readonly removed = new Set<number>();
  private numbers = new Map<string, number>();
  private next = 0;

  static restore(state: AcronymState): AcronymTable {
    const table = new AcronymTable();
    table.packed = state;
    table.numbers = state.numbers;
    for (const n of state.numbers.values()) table.next = Math.max(table.next, n + 1);
    return table;
  }

  /** The packed forms of an acronym (removed articles' included), by binary search. */
  private packedForms(acronym: string): string[] {
    const { keys, keyEnds, forms, formEnds } = this.packed;
    let lo = 0;
    let hi = keyEnds.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const key = keys.slice(mid ? keyEnds[mid - 1] : 0, keyEnds[mid]);
      if (key === acronym) return forms.slice(mid ? formEnds[mid - 1] : 0, formEnds[mid]).split('\n');
      if (key < acronym) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  }

  private forms(acronym: string): string[] {
    const packed = this.packedForms(acronym);
    const kept = this.removed.size
      ? packed.filter((f) => !this.removed.has(Number(f.slice(0, f.indexOf('\t')))))
      : packed;
    return kept.concat(this.live.get(acronym) ?? []);
  }

  /** Adds an article's acronyms with their forms (as index terms). */
  add(articleId: string, acronyms: Iterable<[string, string[]]>): void {
    this.remove(articleId);
    const number = this.next++;
    this.numbers.set(articleId, number);
    for (const [acronym, terms] of acronyms) {
      const form = `${number}\t${terms.join(' ')}`;
      const known = this.forms(acronym);
      if (known.length >= MAX_FORMS || known.includes(form)) continue;
      const list = this.live.get(acronym);
      if (list) list.push(form);
      else this.live.set(acronym, [form]);
    }
  }

  remove(articleId: string): void {
    const number = this.numbers.get(articleId);
    if (number === undefined) return;
    this.numbers.delete(articleId);
    this.removed.add(number);
    const mine = `${number}\t`;
    for (const [acronym, list] of this.live) {
      const kept = list.filter((f) => !f.startsWith(mine));
      if (kept.length) this.live.set(acronym, kept);
      else this.live.delete(acronym);
    }
  }

  /** The spelt-out forms of an acronym, each as index terms. */
  spelt(acronym: string): string[][] {
    return this.forms(acronym).map((f) => f.slice(f.indexOf('\t') + 1).split(' '));
  }

  /** Everything packed again, for a snapshot. */
  state(): AcronymState {
    const all = new Set<string>(this.live.keys());
    const { keys, keyEnds } = this.packed;
    for (let i = 0; i < keyEnds.length; i++) all.add(keys.slice(i ? keyEnds[i - 1] : 0, keyEnds[i]));
    const sorted = [...all].sort();
    const keyList: string[] = [];
    const formList: string[] = [];
    const ends = { keys: [] as number[], forms: [] as number[] };
    let keyAt = 0;
    let formAt = 0;
    for (const acronym of sorted) {
      const forms = this.forms(acronym);
      if (!forms.length) continue;
      const joined = forms.join('\n');
      keyList.push(acronym);
      formList.push(joined);
      keyAt += acronym.length;
      formAt += joined.length;
      ends.keys.push(keyAt);
      ends.forms.push(formAt);
    }
    return {
      keys: keyList.join(''),
      keyEnds: Int32Array.from(ends.keys),
      forms: formList.join(''),
      formEnds: Int32Array.from(ends.forms),
      numbers: new Map(this.numbers),
    };
  }
}
