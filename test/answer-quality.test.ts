import { describe, expect, it } from 'vitest';
import { partialExpansions } from '../src/answer/acronyms.ts';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { predicates } from '../src/answer/features.ts';
import { farOf, firstSenseShares, firstSensesOf, type Synset } from '../src/search/wordnet/build.ts';
import { mapLexicon, tableLexicon, wordnetLexicon } from '../src/search/wordnet/lexicon.ts';
import { plainArticle } from './helpers/articles.ts';

const article = (id: string, title: string, texts: string[]) => plainArticle(id, title, texts);

const synset = (words: string[], links: Partial<Synset> = {}): Synset => ({
  words,
  common: words.map(() => true),
  hypernyms: [],
  hyponyms: [],
  similar: [],
  derived: [],
  ...links,
});

describe('words two WordNet steps away', () => {
  // parent ← father ← dad; see ← {descry, detect}; person has too many hyponyms to stand in.
  const synsets = new Map<string, Synset>([
    ['n1', synset(['parent'], { hyponyms: ['n2'] })],
    ['n2', synset(['father'], { hypernyms: ['n1'], hyponyms: ['n3'] })],
    ['n3', synset(['dad'], { hypernyms: ['n2'] })],
    ['v1', synset(['see'], { hyponyms: ['v2', 'v3'] })],
    ['v2', synset(['descry', 'spot'], { hypernyms: ['v1'] })],
    ['v3', synset(['detect', 'notice'], { hypernyms: ['v1'] })],
    ['n9', synset(['person'], { hyponyms: Array.from({ length: 400 }, (_, i) => `x${i}`) })],
    ['n10', synset(['leader'], { hypernyms: ['n9'], hyponyms: ['n11'] })],
    ['n11', synset(['politician'], { hypernyms: ['n10'] })],
  ]);

  it('reaches a noun’s grandparent (dad → father → parent)', () => {
    expect(farOf('n3', synsets)).toContain('n1');
  });

  it('reaches sisters under a narrow hypernym (spot and notice are both "see")', () => {
    expect(farOf('v2', synsets)).toEqual(['v3']);
  });

  it('leaves out a grandparent with hundreds of hyponyms (politician → leader → person)', () => {
    expect(farOf('n11', synsets)).not.toContain('n9');
  });

  it('weighs senses by their tagged uses: the first sense’s share per part of speech', () => {
    const shares = firstSenseShares(
      ['go%2:38:00:: 01 1 60', 'go%2:30:00:: 02 2 40', 'go%1:04:00:: 03 1 0', 'dad%1:18:00:: 04 1 3'].join(
        '\n',
      ),
    );
    expect(shares.get('go%v')).toBeCloseTo(0.6);
    expect(shares.get('dad%n')).toBe(1);
    // Untagged: no share (the build falls back to one over the number of senses).
    expect(shares.has('go%n')).toBe(false);
  });

  it('reads the far columns of the table', () => {
    const table = new TextEncoder().encode('dad\tcn1\tdaddy\tfather\tparent|pater\told man\n');
    expect(tableLexicon(table).lookup('dad')?.far).toEqual(['parent', 'pater']);
    expect(tableLexicon(table).lookup('dad')?.rareFar).toEqual(['old man']);
  });

  it('knows each word’s first sense, so a far word in another sense counts less', () => {
    const first = firstSensesOf(
      [
        'asylum%1:06:00:: 03752065 2 0',
        'asylum%1:06:01:: 04078214 1 0',
        'go_down%2:38:02:: 01974840 1 11',
      ].join('\n'),
    );
    expect(first.has('asylum|n04078214')).toBe(true);
    expect(first.has('asylum|n03752065')).toBe(false);
    expect(first.has('go down|v01974840')).toBe(true);
  });

  it('builds far words from WordNet itself', () => {
    const wordnet = wordnetLexicon();
    expect(wordnet.lookup('dad')?.far).toContain('parent');
    expect(wordnet.lookup('spot')?.far).toContain('notice');
  });

  const family = article('family', 'Court case', [
    'A neighbour said the family had moved abroad.',
    'The parents told the court the family had moved abroad.',
    'The hearing resumes next week.',
  ]);

  it('lets a word the articles lack match a far word, weakly', () => {
    const lexicon = mapLexicon({ dad: { far: ['parent'] } });
    const answer = new AnswerEngine([family], { lexicon }).ask('dad family moved abroad');
    expect(answer.passages[0]?.text).toMatch(/^The parents told/);
    // Without it "dad" is information the articles lack.
    const without = new AnswerEngine([family], { lexicon: mapLexicon({ dad: {} }) });
    expect(without.ask('dad family moved abroad').answered).toBe(false);
  });

  it('weighs a far word through its rarer sense less (hospital → asylum)', () => {
    const town = article('town', 'Town news', [
      'Asylum seekers waited near the old building on Monday.',
      'A new clinic near the old building opens on Monday.',
      'The council approved the budget.',
      'Road works start next week.',
    ]);
    const lexicon = mapLexicon({ hospital: { far: ['clinic'], rareFar: ['asylum'] } });
    const answer = new AnswerEngine([town], { lexicon }).ask('hospital near the old building');
    expect(answer.passages[0]?.text).toMatch(/clinic/);
  });

  it('takes no far words for a name (America is not Canada)', () => {
    const lexicon = mapLexicon({ ruritania: { common: false, far: ['court'] } });
    const engine = new AnswerEngine([family], { lexicon });
    expect(engine.ask('what did ruritania say').answered).toBe(false);
  });
});

describe('phrasal verbs', () => {
  const market = article('market', 'Market report', [
    'Bread prices declined in May after a good harvest.',
    'Bread prices departed from the usual pattern in June.',
    'Most stalls close before noon.',
  ]);
  const lexicon = mapLexicon({
    go: { senses: { v: 30 }, synonyms: ['depart'] },
    gone: { senses: { a: 6 }, synonyms: ['departed'] },
    'go down': { senses: { v: 8 }, synonyms: ['sink', 'come down'], far: ['decline', 'get down'] },
  });

  it('reads only the phrasal verb when there is one ("gone down" is not "departed")', () => {
    const answer = new AnswerEngine([market], { lexicon }).ask('have bread prices gone down');
    expect(answer.passages[0]?.text).toMatch(/declined/);
  });

  it('takes a phrasal synonym or far word whole only ("come down" is not "come")', () => {
    const stalls = article('stalls', 'Market report', [
      'Buyers come early to get good prices.',
      'Prices declined in May.',
      'The market opens at six.',
      'Parking is free on Sundays.',
    ]);
    const answer = new AnswerEngine([stalls], { lexicon }).ask('have prices gone down');
    expect(answer.passages[0]?.text).toBe('Prices declined in May.');
  });
});

describe('partial acronyms', () => {
  const runs = new Map([['nd', ['new', 'democrat']]]);
  const lookup = (letters: string) => (runs.has(letters) ? [runs.get(letters)] : undefined);

  it('reads an acronym by all its letters but the last (NDP → New Democrat)', () => {
    expect(partialExpansions('NDP', lookup)).toEqual([['new', 'democrat']]);
  });

  it('only for acronyms of three capitals or more', () => {
    expect(partialExpansions('ND', lookup)).toEqual([]);
    expect(partialExpansions('ndp', lookup)).toEqual([]);
  });

  it('answers with the sentence naming the spelt-out run', () => {
    const city = article('city', 'Council vote', [
      'Jane Roe, a Green Democrat councillor, said the vote was rushed.',
      'The council approved the budget on Monday.',
    ]);
    const answer = new AnswerEngine([city], { lexicon: mapLexicon({}) }).ask(
      'what did the GDP councillor say',
    );
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/Green Democrat/);
  });
});

describe('"is X a Y?" questions', () => {
  it('reads the noun said of the subject, not a comparison', () => {
    expect(analyzeQuestion('is the dad a homeopath').predicate).toBe('homeopath');
    expect(analyzeQuestion('was Bernier the foreign minister?').predicate).toBe('minister');
    expect(analyzeQuestion('Is homeopathy any better than a placebo?').predicate).toBeUndefined();
    expect(analyzeQuestion('who is the mayor').predicate).toBeUndefined();
  });

  it('recognises a sentence saying someone is one, by apposition or copula', () => {
    expect(predicates('Thomas Sam, a practising homeopath, treated her.', 'homeopath')).toBe(true);
    expect(predicates('Ms Roe is the city’s chief engineer.', 'engineer')).toBe(true);
    expect(predicates('They gave her homeopathic drops.', 'homeopath')).toBe(false);
  });

  it('puts the sentence that says so first, though another covers more words', () => {
    const trial = article('trial', 'Trial', [
      'The parents took the child to a herbalist in the city.',
      'Paul Roe, a trained herbalist, treated the child himself.',
      'The court heard from six witnesses on Monday.',
      'The trial is expected to last three weeks.',
      'A nurse told the court the child had been very ill.',
      'Reporters waited outside the building all day.',
      'The hearing was adjourned until Friday.',
      'Neighbours described the family as quiet.',
      'The prosecution called its first expert.',
      'Several journalists covered the case from the start.',
      'The judge asked both sides to be brief.',
      'Closing statements are due at the end of the month.',
      'Tickets for the public gallery sold out.',
    ]);
    const lexicon = mapLexicon({ dad: { far: ['parent'] } });
    const answer = new AnswerEngine([trial], { lexicon }).ask('is the dad a herbalist');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^Paul Roe/);
  });
});

describe('passages of two sentences', () => {
  // One sentence per paragraph, as news often writes: neither sentence covers the question alone.
  const ferry = article('ferry', 'Harbour news', [
    'The old ferry reached the harbour after midnight.',
    'By then its hull was split and two cabins were flooded.',
    'The harbour master praised the crew.',
    'A new timetable starts next week.',
    'Tickets will cost the same.',
    'The town council meets on Thursday.',
  ]);
  const lexicon = mapLexicon({ storm: { senses: { n: 6, v: 6 } } });

  it('answers when a sentence and its neighbour together cover the question', () => {
    const answer = new AnswerEngine([ferry], { lexicon }).ask('storm ferry midnight hull cabins');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^The old ferry|^By then its hull/);
  });

  it('does not answer with a sentence that only borrows its neighbour’s words', () => {
    const answer = new AnswerEngine([ferry], { lexicon }).ask('storm ferry midnight hull cabins');
    expect(answer.passages.map((p) => p.text)).not.toContain('The harbour master praised the crew.');
  });

  it('makes no passage of a neighbour that adds only the kind of answer (a year)', () => {
    const repaint = article('repaint', 'Harbour news', [
      'The old ferry was repainted in blue.',
      'That was in 1998, the owners said.',
      ...ferry.sentences.slice(2).map((s) => s.text),
    ]);
    const sink = mapLexicon({ sink: { senses: { v: 9 } } });
    expect(new AnswerEngine([repaint], { lexicon: sink }).ask('when did the ferry sink').answered).toBe(
      false,
    );
  });
});
