import { describe, expect, it } from 'vitest';
import { adverbsOf, gerundVerbs } from '../src/answer/concepts.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { buildArticle } from '../src/article/build.ts';
import { parseArticle } from '../src/article/parse.ts';
import type { Article } from '../src/article/types.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// False abstentions on unseen articles (round 11b): questions the article answers in other words
// than the question's. Each mechanism on a small article written here.

function article(id: string, text: string): Article {
  const parsed = parseArticle(text);
  if (!parsed) throw new Error('unparsable test article');
  return buildArticle(id, `${id}.txt`, parsed);
}

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

describe('experts stand for each other: "the volcano expert" is the volcanologist quoted', () => {
  const eruption = article(
    'eruption',
    [
      'Volcano erupts again near Icelandic town',
      'A volcano on the Reykjanes peninsula erupted late on Thursday, sending lava into the air.',
      'The eruption began along a fissure about three kilometres long, the Meteorological Office said.',
      'Volcanologist Thorvaldur Thordarson of the University of Iceland said the fissure was already shrinking.',
      'Police closed the road to the town.',
    ].join('\n'),
  );

  it('answers with what the field specialist said instead of "never quote the volcano expert"', () => {
    const answer = new AnswerEngine([eruption]).ask('what does the volcano expert think');
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => /Thordarson/.test(p.text))).toBe(true);
  });

  it('answers "what do scientists say" with an expert of another kind', () => {
    const outbreak = article(
      'outbreak',
      [
        'Measles outbreak slows in the north',
        'Health officials reported 12 new cases of measles on Monday.',
        'Dr Anna Berg, an epidemiologist at Lund University, said the outbreak was slowing.',
      ].join('\n'),
    );
    const answer = new AnswerEngine([outbreak]).ask('what do the scientists say about the outbreak');
    expect(firstAnswer(answer)).toMatch(/Anna Berg/);
  });

  it('still abstains on an office nobody quoted holds', () => {
    const answer = new AnswerEngine([eruption]).ask('what does the prime minister think about the eruption');
    expect(answer.answered).toBe(false);
  });

  it('still abstains on an expert in a field the articles never write', () => {
    const answer = new AnswerEngine([eruption]).ask('what does the football expert think');
    expect(answer.answered).toBe(false);
  });
});

describe('a question ending on a preposition asks for what follows it: "test positive for" → "tested positive for erythropoietin"', () => {
  const doping = plainArticle('doping', 'Cyclist banned for four years', [
    'The cyclist has been banned for four years after a sample he gave last June tested positive for erythropoietin.',
    'He was tested at a training camp in Italy.',
    'His team said it would appeal.',
  ]);

  it('answers although the articles never call the thing by its kind ("drug")', () => {
    const answer = new AnswerEngine([doping]).ask('what drug did the cyclist test positive for');
    expect(firstAnswer(answer)).toMatch(/erythropoietin/);
  });

  it('still abstains when no covering sentence fills the slot', () => {
    expect(new AnswerEngine([doping]).ask('what drug was the cyclist treated with').answered).toBe(false);
  });

  it('still abstains on a kind never mentioned when the question asks no slot', () => {
    expect(new AnswerEngine([doping]).ask('what bike does the cyclist ride').answered).toBe(false);
  });
});

describe('an ordinal of the event says it happened before: "the third cyber attack"', () => {
  const hack = plainArticle('hack', 'Hospital hit by cyber attack', [
    'Hackers shut down the computer systems of a hospital in Liege on Monday.',
    'It is the third cyber attack on a Belgian hospital in two years.',
    'Patients were sent to other hospitals.',
  ]);

  it('answers "has this happened before" with the ordinal', () => {
    expect(firstAnswer(new AnswerEngine([hack]).ask('has this happened before'))).toMatch(
      /third cyber attack/,
    );
  });

  it('still abstains where nothing says so', () => {
    const first = plainArticle('hack1', 'Hospital hit by cyber attack', [
      'Hackers shut down the computer systems of a hospital in Liege on Monday.',
      'Patients were sent to other hospitals.',
    ]);
    expect(new AnswerEngine([first]).ask('has this happened before').answered).toBe(false);
  });
});

describe('an adjective the articles write as its adverb is the same word: "unlawful" → "acted unlawfully"', () => {
  it('reads the adverbs an adjective makes', () => {
    expect(adverbsOf('unlawful')).toEqual(['unlawfully']);
    expect(adverbsOf('easy')).toEqual(['easily']);
    expect(adverbsOf('basic')).toEqual(['basically']);
    expect(adverbsOf('simple')).toEqual(['simply']);
    expect(adverbsOf('weekly')).toEqual([]);
  });

  it('answers with the sentence saying it was done unlawfully', () => {
    const ruling = plainArticle('ruling', 'Court rules on benefit checks', [
      'The High Court has ruled that the council acted unlawfully when it used a scoring system to flag claimants.',
      'The council said it was disappointed.',
    ]);
    const answer = new AnswerEngine([ruling]).ask('was it unlawful');
    expect(firstAnswer(answer)).toMatch(/acted unlawfully/);
  });
});

describe('a passage of two sentences that answers is shown whole: its other sentence follows', () => {
  const ruling = plainArticle(
    'ruling',
    'Court rules on benefit checks',
    [
      'The council acted unlawfully in its scoring process, the High Court ruled.',
      'The judge found that the council had failed to carry out an equality assessment before it introduced the system in 2021 and had not told claimants that a computer scored their applications.',
      'Investigators said there was evidence of fraud in 412 of the claims flagged.',
      'The council found its scoring rules fair.',
    ],
    true,
  );

  it('shows the sentence that brings the rest of the question before a runner-up that does not', () => {
    const answer = new AnswerEngine([ruling]).ask('why was the council algorithm found unlawful', {
      limit: 2,
    });
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.text)).toEqual([
      'The council acted unlawfully in its scoring process, the High Court ruled.',
      expect.stringMatching(/^The judge found/),
    ]);
  });
});

describe('a role is also what it is a kind of: "the doctor" is the cardiologist quoted', () => {
  const heart = article(
    'heart',
    [
      'New pill lowers blood pressure',
      'A new pill lowered blood pressure in a trial of 2,000 adults, the company said on Monday.',
      'Dr Anna Berg, a cardiologist at Lund University, said the results were encouraging.',
      'The pill will cost about 30 euros a month.',
    ].join('\n'),
  );

  it('answers "what did the doctor say" with the cardiologist\'s words', () => {
    const answer = new AnswerEngine([heart]).ask('what did the doctor say about the pill');
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => /Anna Berg/.test(p.text))).toBe(true);
  });

  it('still abstains on a role nobody quoted is a kind of', () => {
    const answer = new AnswerEngine([heart]).ask('what did the lawyer say about the pill');
    expect(answer.answered).toBe(false);
  });
});

describe('the thing asked for may be named by a narrower word: "which bird" → "an eagle"', () => {
  const farm = plainArticle('farm', 'Lambs killed on hill farm', [
    'The farmer said an eagle had taken three of his lambs from the hill above the farm this spring.',
    'Wildlife officers visited the farm on Tuesday.',
    'The farmer has asked for compensation.',
  ]);

  it('answers although the articles never write "bird"', () => {
    expect(firstAnswer(new AnswerEngine([farm]).ask('which bird took the lambs'))).toMatch(/an eagle/);
  });

  it('still abstains when no covering sentence names one', () => {
    const answer = new AnswerEngine([farm]).ask('which fish took the lambs');
    expect(firstAnswer(answer)).toMatch(/never mention any fish/);
  });
});
