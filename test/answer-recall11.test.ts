import { describe, expect, it } from 'vitest';
import { gerundVerbs } from '../src/answer/concepts.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// False abstentions on unseen articles (round 11b): questions the article answers in other words
// than the question's. Each mechanism on a small article written here.

describe('a gerund WordNet gives as a stand-in is its verb: "thieving" is written "thieves"', () => {
  const museum = plainArticle('museum', 'Gold coins taken from museum', [
    'The break-in happened at about 3:45 a.m., when the thieves used explosives to force open a side door.',
    'The museum reopened to visitors on Tuesday.',
    'The coins had been lent to the museum by a collector.',
  ]);

  it('reads the verbs a gerund may be of', () => {
    expect(gerundVerbs('thieving')).toEqual(['thiev', 'thieve']);
    expect(gerundVerbs('robbing')).toContain('rob');
    expect(gerundVerbs('theft')).toEqual([]);
  });

  it('answers "when did the robbery happen" from the sentence on the thieves', () => {
    const answer = new AnswerEngine([museum]).ask('when did the robbery happen');
    expect(firstAnswer(answer)).toMatch(/3:45 a\.m\./);
  });

  it('still abstains on a crime the article does not report', () => {
    expect(new AnswerEngine([museum]).ask('when did the kidnapping happen').answered).toBe(false);
  });
});
