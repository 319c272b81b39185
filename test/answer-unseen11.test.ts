import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// Questions on unseen articles that the articles do not answer (round 11): each mechanism on a
// small article written here.

describe('"how many people were arrested": the figure must speak of the event when the articles only paraphrase it', () => {
  const treated = 'Eleven people have been treated in hospital for smoke inhalation after the fire.';
  const fire = plainArticle('fire', 'Wildfire in the Algarve', [
    'A wildfire in the Algarve has forced about 6,000 people to leave their homes.',
    treated,
    // "contain" is a WordNet synonym of "arrest" (another sense): the articles have a word for it.
    'Firefighters said they hoped to contain the main front of the fire by Friday.',
  ]);

  it('abstains when no figure of people is said to be arrested, or anything the lexicon equates with it', () => {
    const answer = new AnswerEngine([fire]).ask('how many people were arrested for the fire');
    expect(answer.answered).toBe(false);
  });

  it('answers with the figure said of a synonym of the event', () => {
    const detained = plainArticle('fire2', 'Wildfire in the Algarve', [
      'A wildfire in the Algarve has forced about 6,000 people to leave their homes.',
      treated,
      'Police said they had detained four people over the fire.',
    ]);
    const answer = new AnswerEngine([detained]).ask('how many people were arrested for the fire');
    expect(firstAnswer(answer)).toMatch(/detained four people/);
  });

  it('still answers an event the articles write as asked', () => {
    const answer = new AnswerEngine([fire]).ask('how many people had to leave their homes');
    expect(firstAnswer(answer)).toMatch(/6,000 people/);
  });
});

describe('"how many of the coins are English": a figure of all of them is no figure of the part', () => {
  const hoard = (texts: string[]) =>
    plainArticle('coins', 'Viking hoard of English and Arabic coins found on Gotland', texts);
  const found = 'Two detectorists have found more than 2,300 silver coins in a field on Gotland.';

  it('abstains when the only figure counts all the coins', () => {
    const answer = new AnswerEngine([
      hoard([found, 'Most of the coins are Arabic dirhams, but the hoard also contains English pennies.']),
    ]).ask('how many of the coins are english');
    expect(answer.answered).toBe(false);
  });

  it('answers with the figure of the part', () => {
    const answer = new AnswerEngine([
      hoard([found, 'About 40 of the coins are English pennies struck under King Cnut.']),
    ]).ask('how many of the coins are english');
    expect(firstAnswer(answer)).toMatch(/About 40 of the coins/);
  });
});
