import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { FEATURE, featureBits } from '../src/answer/features.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// Wordings of questions on unseen articles (round 9): each mechanism on a small article written here.

describe('"how much quicker": a comparative after "how much" asks by how much, not for a thing', () => {
  const tunnel = plainArticle('tunnel', 'Rail tunnel opening delayed', [
    'The opening of the rail tunnel has been delayed by two years.',
    'When complete, it is expected to cut the journey time for trains from about three hours to under two hours.',
    'About 81 percent of the tunnel has been dug.',
  ]);

  it('answers with the figure instead of saying the articles never mention "quicker"', () => {
    const answer = new AnswerEngine([tunnel]).ask('how much quicker will the train be');
    expect(firstAnswer(answer)).toMatch(/three hours to under two hours/);
  });

  it('still abstains on a thing asked for that the articles never mention', () => {
    expect(new AnswerEngine([tunnel]).ask('how much copper is in the tunnel').answered).toBe(false);
  });
});

describe('"how many miners died": a figure counts those who died only where the articles speak of dying', () => {
  const mine = plainArticle('mine', 'Trapped miners rescued in Chile', [
    'Rescue teams on Wednesday brought out all twelve miners who had been trapped underground for three days.',
    'About 300 rescuers took part in the operation.',
    'The mine produces copper.',
  ]);

  it('reads the verb said of the things counted', () => {
    expect(analyzeQuestion('how many miners died').countedEvent).toBe('died');
    expect(analyzeQuestion('how many people were arrested for the fire').countedEvent).toBe('arrested');
    expect(analyzeQuestion('how many people had to evacuate').countedEvent).toBe('evacuate');
    expect(analyzeQuestion('how many students have jobs').countedEvent).toBeUndefined();
    // A phrasal verb means what verb and particle say together.
    expect(analyzeQuestion('how many of the women ended up in hospital').countedEvent).toBeUndefined();
  });

  it('abstains when the articles have no word for the event, not even a relative', () => {
    const answer = new AnswerEngine([mine]).ask('how many miners died');
    expect(answer.answered).toBe(false);
  });

  it('still answers when the articles speak of the event', () => {
    const answer = new AnswerEngine([mine]).ask('how many miners were trapped');
    expect(firstAnswer(answer)).toMatch(/all twelve miners/);
  });

  it('does not ask the most general verbs to be written: their meaning lies in what follows', () => {
    const answer = new AnswerEngine([mine]).ask('how many rescuers came to help');
    expect(firstAnswer(answer)).toMatch(/About 300 rescuers/);
  });
});

describe('"how many of the cases are children": the cases are counted', () => {
  it('reads the plural noun after "how many of the" as the thing counted', () => {
    expect(analyzeQuestion('how many of the cases are kids').counted).toBe('cases');
    expect(analyzeQuestion('how many of the cases are kids').part).toBe(true);
    expect(analyzeQuestion('how many cases are there').part).toBeUndefined();
  });

  it('answers with the figure of the cases, not a sentence that only names a case', () => {
    const measles = plainArticle('measles', 'Measles outbreak in Fife', [
      'Public health officials have confirmed 37 cases of measles in an outbreak in Fife.',
      'The first case was confirmed on January 12 in a child who had recently returned from a family holiday.',
      'NHS Fife said on Monday that 29 of the cases were children under 15, and that six people, including a baby, had been admitted to hospital.',
    ]);
    const answer = new AnswerEngine([measles]).ask('how many of the cases are kids');
    expect(firstAnswer(answer)).toMatch(/29 of the cases/);
  });
});

describe('"how many of the sick": an adjective standing for people is not counted as a noun', () => {
  it('answers with the share of the cases rather than asking a passage to name "the sick"', () => {
    const measles = plainArticle('measles', 'Measles outbreak in Suceava', [
      'Health director Ioana Rusu said mobile teams had vaccinated 3,200 children in villages since January.',
      'The institute said 91 percent of the cases were in people who had not been vaccinated.',
      'Around 30 people died in the country from the disease between 2016 and 2020.',
    ]);
    const answer = new AnswerEngine([measles]).ask('how many of the sick were unvaccinated');
    expect(firstAnswer(answer)).toMatch(/91 percent/);
  });
});

describe('"what is the lawyer\'s argument": what the lawyer argues, not a sentence naming an argument', () => {
  it('reads no thing asked for in a statement noun of the speaker asked about', () => {
    const analysis = analyzeQuestion("what is the lawyer's argument");
    expect(analysis.speaker).toBe('the lawyer');
    expect(analysis.focus).toBeUndefined();
  });

  it("answers with the lawyer's words", () => {
    const doping = plainArticle('doping', 'Cyclist banned for doping', [
      'The agency banned the rider for four years.',
      'His lawyer, Petra Novakova, told reporters that the sample had been contaminated in transport.',
      'The agency rejected that argument.',
    ]);
    const lawyer = doping.sentences[1];
    if (lawyer) {
      lawyer.sources = [{ name: 'Petra Novakova', mention: 'His lawyer, Petra Novakova', kind: 'person' }];
      lawyer.stance = 'reported';
    }
    const answer = new AnswerEngine([doping]).ask("what is the lawyer's argument");
    expect(firstAnswer(answer)).toMatch(/contaminated in transport/);
  });
});

describe('"blamed the delay on …": who blames something on a cause gives its reason', () => {
  const bits = (text: string) => featureBits({ text, quotesSomeone: false });

  it('reads "blame X on Y" and "attribute X to Y" as reasons, not "blame someone for X"', () => {
    expect(bits('The chief executive blamed the delay on unexpected geology.') & FEATURE.reason).toBeTruthy();
    expect(bits('The council blames the gap on rising costs.') & FEATURE.reason).toBeTruthy();
    expect(bits('Officials attributed the rise to the cold weather.') & FEATURE.reason).toBeTruthy();
    expect(bits('He blamed the council for the delay.') & FEATURE.reason).toBe(0);
  });

  it('answers "why is the tunnel late" with the sentence blaming the delay on its cause', () => {
    const tunnel = plainArticle('tunnel', 'Alpine rail tunnel opening delayed by two years', [
      'The tunnel will now open in December 2033, the company said.',
      'Chief executive Claudia Ferretti blamed the delay on unexpected geology, where tunnel boring machines hit fractured rock.',
    ]);
    expect(firstAnswer(new AnswerEngine([tunnel]).ask('why is the tunnel late'))).toMatch(
      /unexpected geology/,
    );
  });
});

describe('"struck in 1046, which …": a year of long ago is a date', () => {
  const bits = (text: string) => featureBits({ text, quotesSomeone: false });

  it('reads a three- or four-digit year after "in" before a clause as a date, not "in 300 cases"', () => {
    expect(
      bits('The youngest coin was struck in 1046, which suggests an early date.') & FEATURE.date,
    ).toBeTruthy();
    expect(bits('The fort was built in 872 AD.') & FEATURE.date).toBeTruthy();
    expect(bits('It happened in 300 cases.') & FEATURE.date).toBe(0);
    expect(bits('The coins lay in 300 metres of soil.') & FEATURE.date).toBe(0);
  });
});

describe('"what time", "which year": the kind word is the kind of answer, which a time or date covers', () => {
  it('reads "time" in "what time" as the measure asked for, not a word to find', () => {
    const words = analyzeQuestion('what time did the train derail').words;
    expect(words.find((w) => w.word === 'time')?.measure).toBe(true);
    expect(analyzeQuestion('how much time did they lose').words.find((w) => w.word === 'time')?.measure).toBe(
      false,
    );
  });

  it('answers "what time did the train derail" with the time of day, not the lede giving the day', () => {
    const train = plainArticle('train', 'Freight train derails in Ohio', [
      'A freight train derailed near Millbrook, Ohio, late on Friday.',
      "Thirty-eight of the train's 150 cars left the tracks at about 11:45 p.m., and a fire was still burning on Saturday.",
      'It is the second derailment involving the company in Ohio this year.',
    ]);
    const satellite = plainArticle('satellite', 'Rocket launched', [
      'The rocket lifted off at 5:35 p.m. local time from the launch site.',
    ]);
    const answer = new AnswerEngine([train, satellite]).ask('what time did the train derail');
    expect(firstAnswer(answer)).toMatch(/11:45 p\.m\./);
  });
});
