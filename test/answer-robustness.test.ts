import { describe, expect, it } from 'vitest';
import { analyzeQuestion, normalizeOpener } from '../src/answer/analyze.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { countsOf, FEATURE, featureBits } from '../src/answer/features.ts';
import { speakersOf } from '../src/answer/speakers.ts';
import type { Article, Source } from '../src/article/types.ts';
import { isStopWord } from '../src/search/text.ts';
import { linkCauses, type Synset } from '../src/search/wordnet/build.ts';
import { mapLexicon, wordnetLexicon } from '../src/search/wordnet/lexicon.ts';
import { plainArticle } from './helpers/articles.ts';

// Questions on articles the engine has never seen, in the wordings people type: the mechanisms
// that keep them answered (or not) for reasons that hold in any article.

const bits = (text: string) => featureBits({ text, quotesSomeone: false });

describe('chat spellings', () => {
  it('reads contractions typed without the apostrophe and indefinite pronouns as stop words', () => {
    for (const w of ['dont', 'wasnt', 'couldnt', 'doesnt', 'whats', 'anyone', 'someone'])
      expect(isStopWord(w)).toBe(true);
    // Words that only look like contractions stay words.
    for (const w of ['well', 'shell', 'hell', 'wed']) expect(isStopWord(w)).toBe(false);
  });

  it('does not take "couldnt" for an unknown name', () => {
    const road = plainArticle('road', 'Flood closes road', [
      'Rescue crews could not reach the village because the bridge had collapsed.',
      'The river rose two metres overnight.',
    ]);
    const answer = new AnswerEngine([road]).ask('why couldnt the crews reach the village');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^Rescue crews/);
  });

  it('does not take an English word for a name that is an English word too ("catch" is no "Watch")', () => {
    const mine = plainArticle('mine', 'Mining blamed', [
      'The slide was made worse by illegal mining, according to the group Andes Watch.',
      'Police arrested two men on Monday.',
    ]);
    const answer = new AnswerEngine([mine]).ask('how did they catch him');
    expect(answer.passages.map((p) => p.text).join(' ')).not.toMatch(/Andes Watch/);
  });
});

describe('questions about money', () => {
  it('reads "how much … cost / money / lost" as asking for a sum of money', () => {
    expect(analyzeQuestion('how much will the stadium cost').kind).toBe('money');
    expect(analyzeQuestion('how much money did he steal').kind).toBe('money');
    expect(analyzeQuestion('how much did he lose gambling').kind).toBe('money');
    expect(analyzeQuestion('how much rain fell').kind).toBe('count');
    expect(analyzeQuestion('how much time did they lose').kind).toBe('count');
    // "money" is then a measure any sum covers, not a word to find.
    expect(
      analyzeQuestion('how much money did he steal').words.find((w) => w.word === 'money')?.measure,
    ).toBe(true);
  });

  it('recognises sums of money in sentences', () => {
    for (const text of [
      'The council lost NZ$4.2 million.',
      'a proposed AU$715 million stadium',
      'all payments over $10,000',
      'fined 300 euros',
      'a bill of €5m',
      'USD 20 a day',
      'Tickets cost twelve euros.',
      'forty thousand dollars',
    ])
      expect(bits(text) & FEATURE.money).toBeTruthy();
    for (const text of ['48,210 women took part', 'in 2017', 'a 31 percent lower risk'])
      expect(bits(text) & FEATURE.money).toBe(0);
  });

  const stadium = plainArticle('stadium', 'Election called early', [
    'Two members quit the party over a proposed AU$715 million football stadium in Hobart.',
    'Of the three independents, two left the party over the stadium in 2023.',
    'Turnout was 88.6 percent, below the 91 percent of 2021.',
    'The Greens won five seats.',
    'Postal votes can be received until October 21.',
  ]);

  it('answers with the sentence giving a sum, not another figure', () => {
    const answer = new AnswerEngine([stadium]).ask('how much will the stadium cost');
    expect(answer.passages[0]?.text).toMatch(/AU\$715 million/);
  });

  it('abstains when no sum of money goes with what is asked about', () => {
    const study = plainArticle('study', 'Walking study', [
      'The study followed 48,210 women for 11 years.',
      'The council approved all payments over $10,000.',
      'Walking pace mattered as much as distance.',
      'Men were not included.',
    ]);
    expect(new AnswerEngine([study]).ask('how much did the study cost').answered).toBe(false);
  });
});

describe('times of day', () => {
  it('counts a time of day as a date', () => {
    for (const text of [
      'It struck at about 3:40 a.m. local time.',
      'at 9pm on Sunday',
      'shortly after midnight',
    ])
      expect(bits(text) & FEATURE.date).toBeTruthy();
    expect(bits('It struck the village.') & FEATURE.date).toBe(0);
  });

  it('answers "what time" with the sentence giving the time', () => {
    const slide = plainArticle('slide', 'Landslide', [
      'Landslides hit the region every year during the rainy season, from December to April.',
      'The landslide hit at about 3:40 a.m. local time, when most residents were asleep.',
    ]);
    const answer = new AnswerEngine([slide]).ask('what time did the landslide hit');
    expect(answer.passages[0]?.text).toMatch(/3:40/);
  });
});

describe('question analysis', () => {
  it('takes the particle of a scaffolding verb as scaffolding ("got back")', () => {
    const words = analyzeQuestion('how much of the money have they got back').words;
    expect(words.find((w) => w.word === 'back')?.frame).toBe(true);
    expect(analyzeQuestion('is the army pulling back').words.find((w) => w.word === 'back')?.frame).toBe(
      false,
    );
  });

  it('takes no kind of answer for the thing asked about ("what time", "what share")', () => {
    expect(analyzeQuestion('what time did the landslide hit').focus).toBeUndefined();
    expect(analyzeQuestion('what share of the damage is from ozone').focus).toBeUndefined();
    expect(analyzeQuestion('which bank did he use').focus).toBe('bank');
  });

  it('takes the subject of a verb for no focus ("what are the researchers planning")', () => {
    expect(analyzeQuestion('what are the researchers planning next').focus).toBeUndefined();
    expect(analyzeQuestion('what is the capital of Peru').focus).toBe('capital');
    expect(analyzeQuestion('who is the deputy premier').focus).toBe('deputy premier');
  });

  it('takes the thing owned for the focus of "what was X\'s Y"', () => {
    const analysis = analyzeQuestion("What was Pettigrew's salary at the council?");
    expect(analysis.focus).toBe('salary');
    expect(analysis.selects).toBe(true);
  });

  it('reads a speaker phrase of up to four words besides stop words', () => {
    expect(analyzeQuestion('what did the head of the serious fraud office say').speaker).toBe(
      'the head of the serious fraud office',
    );
    expect(
      analyzeQuestion('what did the man who lives next door to the old mill say').speaker,
    ).toBeUndefined();
  });

  it('marks the words of a name of several capitalised words', () => {
    const words = analyzeQuestion('How many seats did One Nation win?').words;
    expect(words.filter((w) => w.inName).map((w) => w.word)).toEqual(['one', 'nation']);
    expect(analyzeQuestion('What did Moscow claim?').words.some((w) => w.inName)).toBe(false);
  });
});

describe('names', () => {
  const election = plainArticle('election', 'Tasmanian election', [
    'The Liberal Party won 16 seats in the state election.',
    'Labor won 11 seats and the Greens five.',
    'The count was run by the National Electoral Commission.',
  ]);

  it('does not match a word of a name by its stem only (One Nation is not "National")', () => {
    const answer = new AnswerEngine([election]).ask('How many seats did One Nation win?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/Nation/);
    // The name as written is found.
    expect(new AnswerEngine([election]).ask('How many seats did the Liberal Party win?').answered).toBe(true);
  });

  it('answers only from an article that mentions the names asked about', () => {
    const slide = plainArticle('slide', 'Landslide in Peru', [
      'Landslides kill dozens in Peru almost every year during the rainy season, which starts in December.',
      'Rescuers searched the mud on Monday.',
    ]);
    const football = plainArticle('football', 'Stadium row', [
      'The stadium is a condition of Tasmania being granted an Australian Football League (AFL) team.',
      'Two members quit the party over the stadium.',
    ]);
    const engine = new AnswerEngine([slide, football], { lexicon: mapLexicon({}) });
    expect(engine.ask('when does the AFL season start').answered).toBe(false);
    // A sentence not repeating the name answers from the article that has it.
    const trial = plainArticle('trial', 'Trial', [
      'Thomas Sam and Manju Sam are on trial.',
      'Thomas Sam is a homeopath.',
      'Manju Sam wept in court.',
      'The parents are also accused of leaving their child with servants.',
    ]);
    const answer = new AnswerEngine([trial, slide]).ask('what else are the sams accused of');
    expect(answer.passages[0]?.text).toMatch(/accused of leaving/);
  });

  it('anchors only names typed with a capital and written so in the articles', () => {
    const slide = plainArticle('slide', 'Landslide', [
      'Rescuers dug through the mud near the pyng river on Monday.',
      'Heavy rain loosened the hillside.',
    ]);
    const other = plainArticle('other', 'Other', ['The pyng festival opened.', 'Tickets sold out.']);
    const engine = new AnswerEngine([slide, other]);
    // "rescuers" and "mud" answer from the landslide article, though "pyng" is lower case here.
    expect(engine.ask('rescuers mud pyng').passages[0]?.text).toMatch(/^Rescuers dug/);
    // A misspelt capitalised name is a guess, not an anchor: "Tarkan" is no reason to abstain.
    expect(engine.ask('why did the rescuers dig near the Pyngg river').answered).toBe(true);
  });

  it('answers "which X" only with a sentence naming an X itself', () => {
    const fraud = plainArticle(
      'fraud',
      'Fraud',
      [
        'Pettigrew set up three fake companies.',
        'The money was paid into bank accounts controlled by his brother-in-law.',
        'Pettigrew spent the money on cars.',
      ],
      true,
    );
    const answer = new AnswerEngine([fraud], { lexicon: mapLexicon({}) }).ask('which bank did pettigrew use');
    for (const p of answer.passages) expect(p.text).toMatch(/bank/);
  });
});

describe('speakers', () => {
  it('knows a speaker by an appositive that ends the sentence or runs into "who"', () => {
    const okafor: Source = { name: 'Peter Okafor', mention: 'Dr. Peter Okafor', kind: 'person' };
    const study: Article = {
      ...plainArticle('study', 'Walking study', [
        'Women who walk briskly are less likely to develop heart failure, a study found.',
        '"We cannot rule out that healthier women simply walk more," said Dr. Peter Okafor, a cardiologist at King\'s College London who was not involved in the research.',
      ]),
    };
    const quoted = study.sentences[1];
    if (quoted) Object.assign(quoted, { sources: [okafor], stance: 'direct' });
    const terms = speakersOf(study)[0]?.terms ?? [];
    expect(terms).toEqual(expect.arrayContaining(['cardiologist', 'colleg', 'london']));
    const answer = new AnswerEngine([study]).ask('what did the kings college cardiologist think of it');
    expect(answer.passages[0]?.text).toMatch(/rule out/);
  });
});

describe('what a sentence says of the thing asked about', () => {
  it('answers "what was X" with "X was <figure>"', () => {
    const vote = plainArticle('vote', 'Election', [
      'Cole thanked the voters who had given him a clear responsibility in Launceston.',
      'Turnout was 88.6 percent, below 2021.',
      'Voting is compulsory, and voters who stay away can be fined.',
      'The count takes two weeks.',
    ]);
    expect(new AnswerEngine([vote]).ask('what was voter turnout').passages[0]?.text).toMatch(/^Turnout was/);
  });

  it('knows the figure given for the thing counted', () => {
    expect(countsOf('The study followed 48,210 post-menopausal women for 11 years.', 'women')).toBe(true);
    expect(countsOf('During that time, 1,854 of the women were admitted.', 'women')).toBe(true);
    expect(countsOf('Women over 60 who walk for 40 minutes a day.', 'women')).toBe(false);
    expect(countsOf('At least 23 people were killed.', 'peopl')).toBe(true);
  });

  it('answers "how many X" with the figure of the Xs first', () => {
    const study = plainArticle('study', 'Walking study', [
      'Women who walked for 20 minutes saw no benefit.',
      'The researchers followed 48,210 post-menopausal women for 11 years.',
      'Heart failure affects 6.2 million adults.',
      'The team plans a trial next spring.',
    ]);
    expect(new AnswerEngine([study]).ask('how many women were in the study').passages[0]?.text).toMatch(
      /48,210/,
    );
  });
});

describe('verbs and their causes', () => {
  it('links a verb to what it causes and back (kill → die, die ← kill)', () => {
    const synsets = new Map<string, Synset>([
      [
        'v1',
        {
          words: ['kill'],
          common: [true],
          hypernyms: [],
          hyponyms: [],
          similar: [],
          derived: [],
          causes: ['v2'],
        },
      ],
      [
        'v2',
        {
          words: ['die', 'perish', 'go'],
          common: [true, true, true],
          hypernyms: [],
          hyponyms: [],
          similar: [],
          derived: [],
        },
      ],
    ]);
    linkCauses(synsets);
    expect(synsets.get('v2')?.causedBy).toEqual(['v1']);
  });

  it('puts the head word of a cause among the related words in WordNet itself', () => {
    const wordnet = wordnetLexicon();
    expect(wordnet.lookup('die')?.related).toContain('kill');
    expect(wordnet.lookup('kill')?.related).toContain('die');
    // Only the head word: "go" (also "die") is not related to "kill".
    expect(wordnet.lookup('kill')?.related).not.toContain('go');
  });

  it('answers "how many died" with the sentence saying how many were killed', () => {
    const flood = plainArticle('flood', 'Floods', [
      'Rescuers worked through the night in the flooded valley.',
      'Floods killed 12 people in the valley on Monday.',
      'Twelve people were rescued from the floods.',
      'The river fell on Tuesday.',
    ]);
    expect(new AnswerEngine([flood]).ask('how many people died in the floods').passages[0]?.text).toMatch(
      /killed 12/,
    );
  });
});

describe('more question wordings', () => {
  it('counts the money in "how much prize money", not the prize', () => {
    expect(analyzeQuestion('how much prize money does kiprop get').counted).toBeUndefined();
    const race = plainArticle('race', 'Marathon', [
      'Kiprop won the marathon in record time.',
      'Kiprop receives 50,000 euros for the win.',
      'It was only his third marathon.',
    ]);
    expect(new AnswerEngine([race]).ask('how much prize money does kiprop get').passages[0]?.text).toMatch(
      /50,000 euros/,
    );
  });

  it('knows a figure three words before the thing counted', () => {
    expect(
      countsOf('hackers stole the data of about 3.1 million current and former customers', 'customers'),
    ).toBe(true);
  });

  it('answers "what is the X for Y" only with a sentence that names an X', () => {
    expect(analyzeQuestion('what is the treatment for measles').selects).toBe(true);
    const measles = plainArticle('measles', 'Measles outbreak', [
      'Measles is one of the most contagious diseases known.',
      'Romania declared a national measles epidemic in 2023.',
      'Vaccination rates were about 68 percent last year.',
    ]);
    const race = plainArticle('race', 'Marathon', [
      'Doctors treated 900 runners after the marathon.',
      'Kiprop won in record time.',
    ]);
    expect(new AnswerEngine([measles, race]).ask('what is the treatment for measles').answered).toBe(false);
  });

  it('reads an abbreviation by its long name written without the last word (CEO → chief executive)', () => {
    const lexicon = mapLexicon({ ceo: { common: false, synonyms: ['chief executive officer'] } });
    const breach = plainArticle('breach', 'Data breach', [
      '"We are deeply sorry," chief executive Aoife Brennan said.',
      'The company said it was looking at all options.',
      'Shares fell 6 percent.',
    ]);
    const answer = new AnswerEngine([breach], { lexicon }).ask('what did the CEO say');
    expect(answer.passages[0]?.text).toMatch(/deeply sorry/);
  });

  it('reads "un-X" as about X ("unvaccinated" → "not vaccinated")', () => {
    const measles = plainArticle('measles', 'Measles', [
      '91 percent of the cases were in people who had not been vaccinated.',
      'There were 412 cases this year.',
      'The ministry will open more clinics.',
    ]);
    const answer = new AnswerEngine([measles]).ask('how many of the cases were unvaccinated');
    expect(answer.passages[0]?.text).toMatch(/not been vaccinated/);
  });
});

describe('measures with units', () => {
  it('recognises figures with units in sentences', () => {
    expect(bits('Temperatures were 8 degrees Celsius.') & FEATURE.temperature).toBeTruthy();
    expect(bits('after the 35-kilometre mark') & FEATURE.length).toBeTruthy();
    expect(bits('in 2 hours, 1 minute and 48 seconds') & FEATURE.duration).toBeTruthy();
    expect(bits('finishing in 2:19:32') & FEATURE.duration).toBeTruthy();
    expect(bits('Cole has been premier since 2022.') & FEATURE.duration).toBeTruthy();
    expect(bits('a 60-day state of emergency') & FEATURE.duration).toBeTruthy();
    expect(bits('The parcel weighed 40 kg.') & FEATURE.weight).toBeTruthy();
    expect(bits('winds of 120 km/h') & FEATURE.length).toBeTruthy();
    expect(bits('at about 11:45 p.m.') & FEATURE.clock).toBeTruthy();
    expect(bits('late on Friday') & FEATURE.clock).toBe(0);
    expect(
      bits('About 47,000 runners started.') & (FEATURE.temperature | FEATURE.length | FEATURE.duration),
    ).toBe(0);
  });

  it('reads which units a measuring question wants', () => {
    expect(analyzeQuestion('how cold was it').units).toBe(FEATURE.temperature);
    expect(analyzeQuestion('how far did they walk').units).toBe(FEATURE.length);
    expect(analyzeQuestion('how long has cole been premier').units).toBe(FEATURE.duration | FEATURE.length);
    expect(analyzeQuestion('how many runners took part').units).toBeUndefined();
  });

  it('links an adjective to the noun it is a value of in WordNet itself (cold → temperature)', () => {
    expect(wordnetLexicon().lookup('cold')?.related).toContain('temperature');
    expect(wordnetLexicon().lookup('heavy')?.related).toContain('weight');
  });

  it('answers "how cold" with the temperature, not another figure', () => {
    const race = plainArticle('race', 'Marathon', [
      'Kiprop won in cold rain in 2 hours, 1 minute and 48 seconds.',
      'Temperatures at the start were 8 degrees Celsius.',
      'About 47,000 runners started.',
    ]);
    expect(new AnswerEngine([race]).ask('how cold was it').passages[0]?.text).toMatch(/8 degrees/);
  });
});

describe('word families', () => {
  it('reaches a word’s kin through a relative sharing its stem (prosecution → prosecute → prosecutor)', () => {
    const lexicon = mapLexicon({
      prosecution: { related: ['prosecute'] },
      prosecute: { senses: { v: 2 }, related: ['prosecution', 'prosecutor'] },
    });
    const harland: Source = {
      name: 'Michael Harland',
      mention: 'Prosecutor Michael Harland',
      kind: 'person',
    };
    const trial: Article = plainArticle('trial', 'Fraud trial', [
      'The defence said the fraud was the act of a desperate man.',
      'Prosecutor Michael Harland said the invoices were designed to stay under the limit.',
      'The prosecution was brought by the fraud office.',
    ]);
    const said = trial.sentences[1];
    if (said) Object.assign(said, { sources: [harland], stance: 'reported' });
    const answer = new AnswerEngine([trial], { lexicon }).ask('what does the prosecution say');
    expect(answer.passages.map((p) => p.text)).toContain(
      'Prosecutor Michael Harland said the invoices were designed to stay under the limit.',
    );
  });
});

describe('chat spellings of question words', () => {
  it('writes out a chat spelling of the opening question word', () => {
    expect(normalizeOpener('wat did the mayor say')).toBe('what did the mayor say');
    expect(normalizeOpener('whos pettigrew')).toBe('who is pettigrew');
    expect(normalizeOpener('wen did it start')).toBe('when did it start');
    expect(normalizeOpener('y did they leave')).toBe('why did they leave');
    // Not inside the question, and not a word of its own ("y axis").
    expect(normalizeOpener('so wat')).toBe('so wat');
    expect(normalizeOpener('y axis values')).toBe('y axis values');
  });

  it('reads the kind of answer through it', () => {
    expect(analyzeQuestion('wen did the landslide hit').kind).toBe('date');
    expect(analyzeQuestion('whos pettigrew').kind).toBe('person');
    expect(analyzeQuestion('wat did the mayor say').speaker).toBe('the mayor');
  });
});

describe('times of day and misspelt words', () => {
  it('answers "what time" with a time of day rather than a day', () => {
    expect(analyzeQuestion('what time did the train derail').units).toBe(FEATURE.clock);
    const crash = plainArticle('crash', 'Derailment', [
      'A freight train derailed near Millbrook late on Friday.',
      'The train derailed at about 11:45 p.m., a crew member said.',
      'Residents were told to leave.',
    ]);
    expect(new AnswerEngine([crash]).ask('what time did the train derail').passages[0]?.text).toMatch(
      /11:45/,
    );
  });

  it('takes a word that is no English word for a spelling fix, not for a stem it shares ("governer")', () => {
    const storm = plainArticle('storm', 'Storm', [
      'The governor declared a state of emergency on Saturday.',
      'The government has not commented.',
      'Schools will stay closed.',
    ]);
    const answer = new AnswerEngine([storm]).ask('what did the governer do');
    expect(answer.passages[0]?.text).toMatch(/^The governor declared/);
  });
});
