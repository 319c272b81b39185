import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import { describeAttribution } from '../src/answer/describe.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { sentenceAttribution } from '../src/answer/passage.ts';
import type { Article, Source, Stance } from '../src/article/types.ts';
import { mapLexicon } from '../src/search/wordnet/lexicon.ts';

type S = string | { text: string; sources?: Source[]; stance?: Stance };

function makeArticle(id: string, title: string, sentences: S[]): Article {
  return {
    id,
    file: `${id}.txt`,
    title,
    paragraphs: [],
    sentences: sentences.map((s, i) => {
      const v = typeof s === 'string' ? { text: s } : s;
      return {
        id: i,
        text: v.text,
        paragraph: i,
        index: 0,
        sources: v.sources ?? [],
        stance: v.stance ?? 'narration',
        claims: [],
      };
    }),
  };
}

const mayor: Source = { name: 'Lena Okafor', mention: 'Mayor Lena Okafor', kind: 'person' };
const mayorAgain: Source = { name: 'Lena Okafor', mention: 'Okafor', kind: 'person' };
const union: Source = { name: 'the dockers union', mention: 'the dockers union', kind: 'organisation' };

const bridge = makeArticle('bridge', 'City closes old bridge after cracks found', [
  'The city closed the Varrow bridge on Tuesday after engineers found cracks in two pillars.',
  {
    text: 'Mayor Lena Okafor said the bridge would stay shut until repairs are finished.',
    sources: [mayor],
    stance: 'reported',
  },
  {
    text: '"Nobody crosses that bridge until I know it is safe," Okafor said.',
    sources: [mayorAgain],
    stance: 'direct',
  },
  'About 12,000 cars used the bridge every day.',
  { text: 'The repairs could take until the spring.', stance: 'speculation' },
  'A ferry will carry pedestrians across the river in the meantime.',
]);
const strike = makeArticle('strike', 'Dockers strike over pay', [
  'Dock workers walked out on Monday in a dispute over pay.',
  {
    text: 'The dockers union claimed that 3,000 members joined the walkout.',
    sources: [union],
    stance: 'reported',
  },
  'Ships were diverted to the neighbouring port of Halden.',
]);

// A tiny lexicon instead of WordNet: the tests do not depend on the generated table.
const lexicon = mapLexicon({
  truce: { synonyms: ['ceasefire', 'armistice'] },
  infant: { synonyms: ['baby'] },
  automobile: { synonyms: ['car'] },
  vehicles: {},
  vehicle: { related: ['car'] },
  mayor: {},
  close: {},
  closed: {},
  bridge: {},
  weather: {},
  paris: { common: false },
  tomorrow: {},
  recommend: {},
  good: {},
  anime: {},
  judge: {},
  case: {},
  name: {},
  said: {},
  say: {},
  ferry: {},
});

const engine = () => new AnswerEngine([bridge, strike], { lexicon });
const top = (question: string, options = {}) => engine().ask(question, options).passages[0]?.text ?? '';

describe('ranking', () => {
  it('puts the sentence that answers the question first', () => {
    expect(top('Why was the bridge closed?')).toContain('engineers found cracks');
    expect(top('How many cars used the bridge?')).toContain('12,000 cars');
    expect(top('When did the dock workers walk out?')).toContain('on Monday');
  });

  it('finds name-only questions', () => {
    expect(top('Halden')).toContain('port of Halden');
    expect(top('okafor')).toMatch(/Okafor/);
  });

  it('fixes misspelt names against the articles’ words', () => {
    expect(top('What did Okafur say?')).toMatch(/Okafor/);
    expect(top('varow bridge')).toContain('Varrow bridge');
  });

  it('finds the body’s spelling of a name spelt as in the headline only', () => {
    const kyiv = makeArticle('kyiv', 'Advance continues, according to Zelensky', [
      'President Volodymyr Zelenskyy said the army is advancing.',
      'Officials gave no figures.',
    ]);
    const answer = new AnswerEngine([kyiv], { lexicon }).ask('zelensky');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('Zelenskyy said');
  });

  it('bridges to synonyms the question uses and the articles do not', () => {
    const answer = engine().ask('how many automobiles crossed every day');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('12,000 cars');
  });

  it('prefers the named speaker’s sentences, and direct quotes when asked for quotes', () => {
    expect(top('What did the mayor say?')).toMatch(/Okafor/);
    expect(top('okafor quote')).toContain('"Nobody crosses that bridge');
    expect(top('What did the union claim?')).toContain('3,000 members');
  });

  it('limits answers to one article when asked', () => {
    const answer = engine().ask('Monday', { articleId: 'strike' });
    expect(answer.passages.every((p) => p.ref.articleId === 'strike')).toBe(true);
    expect(engine().ask('Monday', { articleId: 'bridge' }).answered).toBe(false);
  });

  it('returns at most the requested number of passages, each with its attribution', () => {
    const answer = engine().ask('bridge', { limit: 2 });
    expect(answer.passages).toHaveLength(2);
    for (const p of answer.passages) expect(p.attribution).toBeTruthy();
  });
});

describe('abstaining', () => {
  it('says which names the articles never mention, and offers related passages', () => {
    const answer = engine().ask('What did Greenpeace say about the bridge?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toBe('The articles never mention Greenpeace.');
    expect(answer.related.length).toBeGreaterThan(0);
    expect(answer.passages).toEqual([]);
  });

  it('turns away off-topic chat', () => {
    for (const q of [
      "What's the weather in Paris tomorrow?",
      'recommend me a good anime',
      'lorem ipsum dolor',
    ])
      expect(engine().ask(q).answered, q).toBe(false);
  });

  it('does not answer when the thing asked for is never mentioned', () => {
    const answer = engine().ask("What's the name of the judge in the bridge case?");
    expect(answer.answered).toBe(false);
    expect(answer.reason).toContain('judge');
  });

  it('does not answer "how many" without a figure', () => {
    expect(engine().ask('How many ferries will carry pedestrians?').answered).toBe(false);
  });

  it('does not put words in the mouth of someone never quoted', () => {
    const answer = engine().ask('What did the engineers say about the ferry?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toContain('never quote');
  });
});

describe('live updates', () => {
  it('answers from an added article and forgets a removed one', () => {
    const e = new AnswerEngine([bridge], { lexicon });
    expect(e.ask('Halden').answered).toBe(false);
    e.add(strike);
    expect(e.ask('Halden').passages[0]?.ref.articleId).toBe('strike');
    e.remove('strike');
    expect(e.ask('Halden').answered).toBe(false);
  });
});

describe('question analysis', () => {
  it('reads the kind of answer, the speaker and the focus', () => {
    expect(analyzeQuestion('How many settlements were taken?').kind).toBe('count');
    expect(analyzeQuestion('what date did it begin').kind).toBe('date');
    expect(analyzeQuestion('What state was she in when she reached hospital?').kind).toBe('other');
    expect(analyzeQuestion('What does the Russian military say?').speaker).toBe('the russian military');
    expect(analyzeQuestion('colette heal quotes')).toMatchObject({
      speaker: 'colette heal',
      wantsQuote: true,
    });
    expect(analyzeQuestion("what was tom molomy's argument").speaker).toBe('tom molomy');
    expect(analyzeQuestion('Which company built it?').focus).toBe('company');
    expect(analyzeQuestion('what counts as a protected b document').focus).toBeUndefined();
  });
});

describe('attribution in words', () => {
  const z: Source = { name: 'Zelenskyy', mention: 'the president' };
  const military: Source = { name: 'The Russian military', mention: 'The Russian military' };
  it('names who says so and how, never presenting a side as fact', () => {
    expect(describeAttribution([z], 'direct')).toBe('Zelenskyy said (quoted directly)');
    expect(describeAttribution([military], 'reported', 'reported')).toBe('the Russian military reported');
    expect(describeAttribution([military], 'reported', 'claims')).toBe('the Russian military claimed');
    expect(describeAttribution([{ name: 'Ukrainian reports', mention: 'Ukrainian reports' }], 'hedged')).toBe(
      'according to Ukrainian reports (unconfirmed)',
    );
    expect(describeAttribution([], 'speculation')).toBe('the article speculates');
    expect(describeAttribution([], 'narration')).toBe('the article states');
  });

  it('describes each side of a sentence with two sources on its own', () => {
    const moscow: Source = { name: 'Moscow', mention: 'Moscow' };
    const text = 'Zelenskyy said the army is advancing - but Moscow claims its advance has been stopped.';
    const sentence = {
      id: 0,
      text,
      paragraph: 0,
      index: 0,
      sources: [z, moscow],
      stance: 'reported' as const,
      claims: [
        { source: z, cue: 'said', stance: 'reported' as const, text: '', span: [0, 0] as [number, number] },
        {
          source: moscow,
          cue: 'claims',
          stance: 'reported' as const,
          text: '',
          span: [0, 0] as [number, number],
        },
      ],
    };
    expect(sentenceAttribution(sentence)).toBe('Zelenskyy said; Moscow claimed');
  });
});
