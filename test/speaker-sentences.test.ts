import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.ts';
import { chooseSpeakers, SPEAKER_SENTENCES } from '../src/answer/speaker-sentences.ts';
import type { Article, Source } from '../src/article/types.ts';

const quoted = (articleId: string, sentences: number) => ({ articleId, sentences });

describe('choosing the asked-about speakers whose sentences are ranked', () => {
  it('takes every speaker while their sentences are few', () => {
    const speakers = [quoted('a', 3), quoted('b', 2)];
    expect(chooseSpeakers(speakers, ['b'], 10)).toEqual({ marking: speakers, taken: 2 });
  });

  it('takes those in the searched articles first, then library order, up to the bound', () => {
    const speakers = [quoted('a', 4), quoted('b', 4), quoted('c', 4), quoted('d', 4)];
    const choice = chooseSpeakers(speakers, ['c', 'x', 'd'], 6);
    expect(choice.marking.slice(0, choice.taken).map((s) => s.articleId)).toEqual(['c', 'd']);
    // Speakers beyond the bound but in searched articles still mark their sentences.
    expect(choice.marking.map((s) => s.articleId)).toEqual(['c', 'd']);
    const later = chooseSpeakers(speakers, ['c'], 6);
    expect(later.marking.slice(0, later.taken).map((s) => s.articleId)).toEqual(['c', 'a']);
  });
});

const prosecutor: Source = { name: 'the prosecutor', mention: 'the prosecutor', kind: 'person' };
const she: Source = { name: 'the prosecutor', mention: 'she', kind: 'person' };

function article(id: string, texts: { text: string; quoted?: Source }[]): Article {
  return {
    id,
    file: `${id}.txt`,
    title: id,
    paragraphs: [],
    sentences: texts.map((t, i) => ({
      id: i,
      text: t.text,
      paragraph: 0,
      index: i,
      sources: t.quoted ? [t.quoted] : [],
      stance: t.quoted ? 'direct' : 'narration',
      claims: [],
    })),
  };
}

describe('a speaker quoted in many articles', () => {
  // The prosecutor's words about the ring name neither her nor it; the next sentence names it.
  const target = article('zz-ring', [
    { text: '"They moved more than three hundred people across the border," she said.', quoted: she },
    { text: 'The smuggling ring was broken up in Varna on Monday.' },
  ]);
  const others = Array.from({ length: SPEAKER_SENTENCES + 20 }, (_, i) =>
    article(`case-${String(i).padStart(3, '0')}`, [
      {
        text: `"The defendant stole ${i + 2} cars from the harbour," the prosecutor said.`,
        quoted: prosecutor,
      },
      { text: `The trial of the car thief number ${i} opened in the regional court.` },
    ]),
  );
  const question = 'what did the prosecutor say about the smuggling ring?';

  it("ranks the speaker's sentences in the article about the question, however many quote the speaker", () => {
    // The target comes last in the library: only its place among the search's articles lets its
    // quote in within the bound.
    const answer = new AnswerEngine([...others, target]).ask(question);
    expect(answer.passages.map((p) => p.text)).toContain(target.sentences[0]?.text);
  });

  it('still answers a question naming only the speaker', () => {
    const answer = new AnswerEngine([...others, target]).ask('what did the prosecutor say?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.sources[0]?.name).toBe('the prosecutor');
  });
});
