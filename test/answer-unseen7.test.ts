import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { FEATURE, featureBits } from '../src/answer/features.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// Wordings of questions on unseen articles (eighth round): each mechanism on a small article written here.

const bits = (text: string) => featureBits({ text, quotesSomeone: false });

describe('"how fast" wants a rate', () => {
  it('reads rates per unit of time, and no bare length as one', () => {
    expect(bits('Lava was flowing at about 1,500 cubic metres per second.') & FEATURE.rate).toBeTruthy();
    expect(bits('Birds were dying at a rate of several hundred a day.') & FEATURE.rate).toBeTruthy();
    expect(bits('Winds reached 120 km/h on the coast.') & FEATURE.rate).toBeTruthy();
    expect(bits('Fountains of lava rose up to 50 metres into the air.') & FEATURE.rate).toBe(0);
    expect(bits('The rate of inflation fell to 5 percent.') & FEATURE.rate).toBe(0);
    expect(analyzeQuestion('how fast is the river rising').units).toBe(FEATURE.rate | FEATURE.duration);
    expect(analyzeQuestion('at what speed does the fault happen').kind).toBe('count');
  });

  it('answers "how fast" with the rate, not the length in a sentence matching more', () => {
    const flood = plainArticle('flood', 'River floods town', [
      'Water is rising in the town, and the river rose 3 metres in the centre.',
      'Engineers said the water was rising at about 10 centimetres per hour.',
    ]);
    expect(firstAnswer(new AnswerEngine([flood]).ask('how fast is the water rising'))).toMatch(/per hour/);
  });
});

describe('Fractions are figures', () => {
  it('reads "a quarter of", "two thirds of", "one in four" as figures, not ordinals', () => {
    expect(bits("Up to a quarter of the region's water is lost.") & FEATURE.number).toBeTruthy();
    expect(bits('About two thirds of the cars were sold in Europe.') & FEATURE.number).toBeTruthy();
    expect(bits('One in four students works.') & FEATURE.number).toBeTruthy();
    expect(bits('It is the third outbreak this year.') & FEATURE.number).toBe(0);
  });

  it('answers "how much" with the share given as a fraction', () => {
    const drought = plainArticle('drought', 'Drought in the region', [
      'Residents were told to save water in the region.',
      "Campaigners say a quarter of the region's water is lost through leaking pipes.",
    ]);
    expect(firstAnswer(new AnswerEngine([drought]).ask('how much water is lost through leaks'))).toMatch(
      /a quarter/,
    );
  });
});

describe('"how much aid": a noun of money asks for a sum', () => {
  it('reads the question as asking for money, the noun as the sum', () => {
    const a = analyzeQuestion('how much aid did the government promise');
    expect(a.kind).toBe('money');
    expect(a.counted).toBeUndefined();
    expect(a.words.find((w) => w.word === 'aid')?.measure).toBe(true);
    expect(analyzeQuestion('how much water is wasted').kind).toBe('count');
  });

  it('answers with the sum promised, though the sentence calls it support', () => {
    const farms = plainArticle('farms', 'Farmers demand help', [
      'Farmers said the cuts would ruin them and demanded financial aid.',
      'The government has promised 50 million euros in support.',
    ]);
    expect(firstAnswer(new AnswerEngine([farms]).ask('how much aid did the government promise'))).toMatch(
      /50 million euros/,
    );
  });
});

describe('A figure covers what is asked only as far as its passage speaks of the rest', () => {
  it('does not answer "how much will the repairs cost" from a sum beside a word two steps away', () => {
    const rules = plainArticle('rules', 'Water rules tightened', [
      'Filling swimming pools is banned, and fines can reach 3,000 euros.',
      'Residents may use no more than 200 litres of water a day.',
    ]);
    const answer = new AnswerEngine([rules]).ask('how much will the repairs cost');
    expect(answer.answered).toBe(false);
  });

  it('still answers from a sum in a sentence naming what it is for', () => {
    const recall = plainArticle('recall', 'Carmaker recalls cars', [
      'The carmaker said the repairs would cost about 250 million euros.',
    ]);
    expect(new AnswerEngine([recall]).ask('how much will the repairs cost').answered).toBe(true);
  });
});

describe('Chat letters and fillers', () => {
  it('reads a lone "r" and "u" as "are" and "you", not capitals or letters in names', () => {
    expect(analyzeQuestion('how many workers r being monitored').words.map((w) => w.word)).not.toContain('r');
    expect(analyzeQuestion('what did the U.S. say').words.map((w) => w.raw)).toContain('U.S.');
    expect(analyzeQuestion('what did u say').words.map((w) => w.raw)).not.toContain('u');
  });

  it('takes "getting" and "per" for scaffolding, not topic', () => {
    const a = analyzeQuestion('how many people are getting paid per day');
    expect(a.words.find((w) => w.word === 'getting')?.frame).toBe(true);
    expect(a.words.find((w) => w.word === 'per')?.frame).toBe(true);
  });

  it('answers a question typed with "r" for "are"', () => {
    const flu = plainArticle('flu', 'Bird flu on farms', [
      'Bird flu was found on six farms.',
      'More than 140 workers who handled the birds are being monitored.',
    ]);
    expect(firstAnswer(new AnswerEngine([flu]).ask('how many workers r being monitored'))).toMatch(
      /140 workers/,
    );
  });
});

describe('People are counted by any noun naming people', () => {
  it('knows nouns naming people from WordNet, through broader terms', async () => {
    const { wordnetLexicon } = await import('../src/search/wordnet/lexicon.ts');
    const { namesPeople, countsPeople } = await import('../src/answer/people.ts');
    const lexicon = wordnetLexicon();
    for (const w of ['tourists', 'guests', 'employees', 'residents', 'nurses', 'passengers'])
      expect(namesPeople(w, lexicon), w).toBe(true);
    for (const w of ['signatures', 'cars', 'hours', 'euros', 'birds', 'flights'])
      expect(namesPeople(w, lexicon), w).toBe(false);
    expect(countsPeople('Around 1,200 guests and staff were moved out.', lexicon)).toBe(true);
    expect(countsPeople('About 140 people work in the office.', lexicon)).toBe(true);
    expect(countsPeople('About 35 staff posts will go.', lexicon)).toBe(false);
    expect(countsPeople('A petition with 42,000 signatures was handed in.', lexicon)).toBe(false);
    // "years" has a rare sense (old age) whose related words reach a person: a unit is no people.
    expect(countsPeople('The opening has been delayed by two years to December 2033.', lexicon)).toBe(false);
    expect(countsPeople('The strike lasted three days.', lexicon)).toBe(false);
  });

  it('answers "how many tourists" with the figure of guests, where it abstained with "no figure"', () => {
    const spa = plainArticle('spa', 'Volcano erupts near spa', [
      'The volcano erupted near the lagoon, a spa popular with tourists.',
      'Around 1,200 guests and staff had to leave the lagoon.',
    ]);
    expect(firstAnswer(new AnswerEngine([spa]).ask('how many tourists had to leave the lagoon'))).toMatch(
      /1,200 guests/,
    );
  });
});

describe('A name the articles say only by a broader term is not mentioned', () => {
  const flu = plainArticle('flu', 'Bird flu in Poland', [
    'Bird flu was found on six farms in Poland, the third European country hit this year.',
    'Three students at the college in Warsaw were told to stay home.',
  ]);

  it('abstains on a country WordNet knows when the articles name only another country', () => {
    const answer = new AnswerEngine([flu]).ask('when was bird flu found in hungary');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/never mention hungary/);
  });

  it('abstains on a name of several words one of which is never written', () => {
    const answer = new AnswerEngine([flu]).ask('How many students study at Trinity College?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/Trinity/);
  });

  it('still lets an abbreviation be answered by its broader term ("pow" → prisoners)', () => {
    const war = plainArticle('war', 'Troops advance', [
      'The Commission could play a role in an exchange of prisoners.',
      'Troops advanced on the town overnight.',
      'The town was shelled on Monday.',
    ]);
    expect(new AnswerEngine([war]).ask('pow exchange').answered).toBe(true);
  });
});

describe('"how many times": an ordinal of the event answers', () => {
  it('reads "times" as scaffolding, not the thing counted', () => {
    const a = analyzeQuestion('how many times has it erupted this year');
    expect(a.times).toBe(true);
    expect(a.counted).toBeUndefined();
    expect(a.focus).toBeUndefined();
  });

  it('answers with "the fourth eruption" where it said it never mentions any times', () => {
    const volcano = plainArticle('volcano', 'Volcano erupts again', [
      'The volcano erupted late on Thursday, sending lava 50 metres into the air.',
      'It is the fourth eruption in the area since January.',
    ]);
    expect(firstAnswer(new AnswerEngine([volcano]).ask('how many times has it erupted this year'))).toMatch(
      /fourth eruption/,
    );
  });
});

describe('"how much will prices go up" asks by how much, not for a sum', () => {
  it('is a count question, which a percentage answers', () => {
    expect(analyzeQuestion('how much will egg prices go up').kind).toBe('count');
    expect(analyzeQuestion('how much did fares rise').kind).toBe('count');
    expect(analyzeQuestion('how much do eggs cost').kind).toBe('money');
  });

  it('answers with the rise in percent over a sum in a sentence about something else', () => {
    const eggs = plainArticle('eggs', 'Bird flu hits farms', [
      'A rise of 500 euros will push some farmers out of business.',
      'The council warned that egg prices could rise by as much as 20 percent.',
    ]);
    const answer = new AnswerEngine([eggs]).ask('how much will egg prices go up');
    expect(answer.passages[0]?.text).toMatch(/20 percent/);
  });
});

describe('A question word spelt the other side of the Atlantic', () => {
  it('lists regional respellings of a word, one pattern at a time', async () => {
    const { respellings } = await import('../src/answer/respell.ts');
    expect(respellings('apologize')).toContain('apologise');
    expect(respellings('canceled')).toContain('cancelled');
    expect(respellings('center')).toContain('centre');
    expect(respellings('cat')).toEqual([]);
  });

  it('answers "did the ceo apologize" from "apologised"', () => {
    const recall = plainArticle('recall', 'Carmaker recalls cars', [
      'The carmaker recalled 480,000 cars.',
      'Chief executive Marco Ferrante apologised to customers.',
    ]);
    expect(firstAnswer(new AnswerEngine([recall]).ask('did the ceo apologize'))).toMatch(/apologised/);
  });
});

describe('A misspelt noun naming people counts people', () => {
  it('answers "how many emploees work there" with the figure of people', () => {
    const firm = plainArticle('firm', 'Software firm cuts jobs', [
      'The firm said employees would be offered severance pay.',
      'About 140 people work in the office in Umea.',
    ]);
    expect(firstAnswer(new AnswerEngine([firm]).ask('how many emploees work in umea'))).toMatch(/140 people/);
  });
});

describe('A figure of a broader kind counts the thing asked about', () => {
  it('reads the head noun a figure counts, and broader terms from WordNet', async () => {
    const { wordnetLexicon } = await import('../src/search/wordnet/lexicon.ts');
    const { figureHeads, countsKindOf } = await import('../src/answer/people.ts');
    const lexicon = wordnetLexicon();
    expect(figureHeads('It is recalling about 480,000 vehicles worldwide.', lexicon)).toEqual(['vehicles']);
    expect(figureHeads('Lava flowed at 1,500 cubic metres per second.', lexicon)).toEqual(['metres']);
    expect(countsKindOf('It is recalling about 480,000 vehicles worldwide.', 'cars', lexicon)).toBe(true);
    expect(countsKindOf('It sold 480,000 bikes worldwide.', 'cars', lexicon)).toBe(false);
  });

  it('answers "how many cars" with the figure of vehicles', () => {
    const recall = plainArticle('recall', 'Carmaker recalls cars', [
      'The carmaker is recalling about 480,000 vehicles worldwide.',
      'Owners of the cars were told to visit a dealer within 30 days.',
    ]);
    expect(firstAnswer(new AnswerEngine([recall]).ask('how many cars are being recalled'))).toMatch(
      /480,000 vehicles/,
    );
  });
});

describe('Places after "outside", "through", "towards"', () => {
  it('reads a place after more prepositions of place', () => {
    expect(bits('The protest ended outside Leinster House.') & FEATURE.place).toBeTruthy();
    expect(bits('Gas could drift towards Reykjavik.') & FEATURE.place).toBeTruthy();
    expect(bits('The protest ended early.') & FEATURE.place).toBe(0);
  });

  it('answers "where did the protest end" with the place it ended', () => {
    const march = plainArticle('march', 'Students march', [
      'Thousands of students marched in Dublin on Wednesday to protest against a plan.',
      'The protest ended outside Leinster House.',
    ]);
    expect(new AnswerEngine([march]).ask('where did the protest end').passages[0]?.text).toMatch(/Leinster/);
  });
});

describe('A speaker the articles never write in any form', () => {
  const recall = plainArticle('recall', 'Carmaker recalls cars', [
    'The carmaker said the recall covers two models.',
    'The company expects the recall to cost 250 million euros.',
  ]);
  recall.sentences[0] = {
    ...(recall.sentences[0] as (typeof recall.sentences)[number]),
    sources: [{ name: 'Vela', mention: 'The carmaker', kind: 'organisation' } as never],
  };

  it('is never quoted, though its lower-case name is also a word', () => {
    const answer = new AnswerEngine([recall]).ask('what did tesla say about the recall');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/never mention tesla/);
  });

  it('still answers about a speaker the articles write', () => {
    expect(new AnswerEngine([recall]).ask('what did the carmaker say about the recall').answered).toBe(true);
  });
});

describe('Sums in more currencies', () => {
  it('reads złoty, forints, koruna and shekels as money, not a past tense', () => {
    for (const t of [
      'Farmers get 12 złoty for each bird.',
      'a fine of 5,000 forints',
      '300 million koruna',
      '40 shekels',
    ])
      expect(bits(t) & FEATURE.money, t).toBeTruthy();
    expect(bits('The party that in 2019 won the election.') & FEATURE.money).toBe(0);
  });
});
