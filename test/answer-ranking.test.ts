import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import type { Article } from '../src/article/types.ts';
import { mapLexicon } from '../src/search/wordnet/lexicon.ts';

function article(id: string, title: string, texts: string[]): Article {
  return {
    id,
    file: `${id}.txt`,
    title,
    paragraphs: [],
    sentences: texts.map((text, i) => ({
      id: i,
      text,
      paragraph: 0,
      index: i,
      sources: [],
      stance: 'narration',
      claims: [],
    })),
  };
}

// Made-up texts: the topic noun ("acupuncture") is common in the article, the general verb
// ("work") rare, so by rarity alone the verb would win.
const clinic = article('clinic', 'Clinic offers acupuncture', [
  'The clinic offers acupuncture on weekdays.',
  'Acupuncture is a practice in which thin needles are placed in the skin.',
  'Patients pay for acupuncture themselves.',
  'Staff said they would work longer hours in winter.',
  'The building opened in 1998 next to the library.',
  'Its car park has room for forty cars.',
  'A bus stops outside every twenty minutes.',
  'The owners plan a second building next year.',
  'Local doctors refer some of their patients there.',
  'The waiting room was repainted in March.',
]);
const lexicon = mapLexicon({
  work: { senses: { n: 7, v: 27 } },
  acupuncture: { senses: { n: 1 } },
});

describe('focus of a question', () => {
  it('lets the topic noun outweigh a general verb the articles rarely use', () => {
    const answer = new AnswerEngine([clinic], { lexicon }).ask('how does acupuncture work');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^Acupuncture is a practice/);
  });

  it('reads "how does X work" and "what does X do" as asking what X is', () => {
    expect(analyzeQuestion('how does acupuncture work').defines).toBe('acupuncture');
    expect(analyzeQuestion('What does the committee do?').defines).toBe('committee');
    expect(analyzeQuestion('how did the team work out the figure').defines).toBeUndefined();
  });
});
