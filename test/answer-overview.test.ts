import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.ts';
import { overviewAsked } from '../src/answer/overview.ts';
import { buildArticle } from '../src/article/build.ts';
import type { Article } from '../src/article/types.ts';

const article = (id: string, title: string, paragraphs: string[]): Article =>
  buildArticle(id, `${id}.txt`, { title, paragraphs });

const bakery = article('bakery', 'Bakery chain to close 40 shops', [
  'The bakery chain Crumbwell will close 40 of its 310 shops, the company announced on Wednesday.',
  'Most of the closures will be in the north of England, where footfall has dropped by a fifth.',
  'Crumbwell was founded in Leeds in 1968.',
  'Affected staff will be offered jobs in other shops where possible, the company said.',
  'The company made a loss last year.',
]);
const study = article('study', 'Daily walk cuts risk of dementia', [
  'People who walk for 30 minutes a day are less likely to develop dementia, a study found.',
  'The researchers followed 80,000 adults for nine years.',
]);

describe('questions about a whole article', () => {
  it('tells a summary or a next-steps question from a question about something in the article', () => {
    for (const q of [
      'What is this article about?',
      "what's the story",
      'summarise it please',
      'tl;dr',
      'so what happened?',
    ])
      expect(overviewAsked(q)).toBe('summary');
    for (const q of ['what happens next?', 'What will happen next', "what's next", 'what are the next steps'])
      expect(overviewAsked(q)).toBe('next');
    for (const q of [
      'what happened in Kursk?',
      'what is the story about the bakery closures',
      'what did the company say next',
    ])
      expect(overviewAsked(q)).toBeUndefined();
  });

  it('answers a summary with the opening sentences of the only article', () => {
    const answer = new AnswerEngine([bakery]).ask('What is this article about?');
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.ref.sentence)).toEqual([0, 1]);
  });

  it('answers what happens next with what the article says is to come, from its end', () => {
    const answer = new AnswerEngine([bakery]).ask('what happens next?');
    expect(answer.passages[0]?.text).toMatch(/Affected staff will be offered jobs/);
    const none = new AnswerEngine([study]).ask('what happens next?');
    expect(none.answered).toBe(false);
    expect(none.reason).toMatch(/does not say what happens next/);
  });

  it("answers for the channel's article, and asks which one when several are loaded", () => {
    const engine = new AnswerEngine([bakery, study]);
    expect(engine.ask('what is this about', { articleId: 'study' }).passages[0]?.text).toMatch(
      /walk for 30 minutes/,
    );
    // A few articles: each one's opening sentence.
    expect(engine.ask('what is the news').passages).toHaveLength(2);
    const many = engine.ask('what is the news', { limit: 1 });
    expect(many.answered).toBe(false);
    expect(many.reason).toMatch(/2 articles are loaded/);
    expect(engine.ask('what happens next').reason).toMatch(/2 articles are loaded/);
  });

  it('answers where, when and at what time "it" happened with the first sentence giving a place, a date, a time', () => {
    const train = article('train', 'Passengers hurt as train derails', [
      'Twelve people were taken to hospital after a train came off the tracks near Kelso on Friday morning.',
      'The 07:42 service from Edinburgh was carrying about 90 passengers when it left the rails at around 08:30.',
    ]);
    const engine = new AnswerEngine([train]);
    expect(overviewAsked('where did it happen?')).toBe('where');
    expect(overviewAsked('what time did it happen')).toBe('time');
    expect(overviewAsked('where did the train crash')).toBeUndefined();
    expect(engine.ask('where did it happen?').passages[0]?.text).toMatch(/near Kelso/);
    expect(engine.ask('when did it happen').passages[0]?.text).toMatch(/on Friday morning/);
    expect(engine.ask('what time did it happen').passages[0]?.text).toMatch(/08:30/);
    expect(new AnswerEngine([study]).ask('where did it happen').reason).toMatch(
      /does not say where it happened/,
    );
  });
});
