import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanQuestion, MAX_QUESTION_CHARS, prepareQuestion } from '../src/answer/question.ts';

describe('prepareQuestion', () => {
  it('removes mentions, @everyone and markdown but keeps the words', () => {
    expect(cleanQuestion('<@123456> @everyone **what** did `Zelenskyy` say? <@&987>')).toBe(
      'what did Zelenskyy say?',
    );
  });

  it('turns away empty and punctuation-only questions politely', () => {
    for (const raw of ['', '   ', '<@1234>', '?!', '@here']) {
      const r = prepareQuestion(raw);
      expect(r.ok).toBe(false);
    }
  });

  it('turns away an over-long question with its length', () => {
    const r = prepareQuestion('a'.repeat(6000));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('6,000 characters') });
  });

  it('never throws and never returns an over-long or mention-bearing question', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 800 }), (raw) => {
        const r = prepareQuestion(raw);
        if (r.ok) {
          expect(r.question.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
          expect(r.question).not.toMatch(/@everyone|@here|<@/);
        } else expect(r.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
