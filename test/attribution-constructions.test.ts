import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/build.ts';
import type { Sentence } from '../src/article/types.ts';

/** Builds an article from paragraphs of plain text (split by the real splitter). */
function sentencesOf(...paragraphs: string[]): Sentence[] {
  return buildArticle('t', 't.txt', { title: 'Test', paragraphs }).sentences;
}
const names = (s: Sentence | undefined) => (s?.sources ?? []).map((x) => x.name);

describe('reporting verbs that are nouns here', () => {
  it('reads a base form after a singular noun phrase as a noun ("the lowest rate", "strong demand")', () => {
    const [a, b, c] = sentencesOf(
      'Fewer than one in a hundred flats is empty, the lowest rate in the country.',
      'Rents have risen by 22 percent, driven by strong demand from bank workers.',
      'Experts say coverage of 95 percent is needed.',
    );
    expect(a?.sources).toEqual([]);
    expect(b?.sources).toEqual([]);
    expect(names(c)).toEqual(['Experts']);
  });

  it('gives no source to a reporting verb in a condition ("until tests show")', () => {
    const [s] = sentencesOf(
      'Oyster farmers have been ordered to stop selling their produce until tests show the water is safe.',
    );
    expect(s?.sources).toEqual([]);
    expect(s?.stance).toBe('narration');
  });

  it('keeps a figure with a thousands separator inside an aside ("which collected 11,000 signatures")', () => {
    const [s] = sentencesOf(
      "The tenants' association, which collected 11,000 signatures to force the vote, said the result was fair.",
    );
    expect(names(s)).toEqual(["the tenants' association"]);
  });
});

describe('subjects named with an acronym', () => {
  it('reads "The International Testing Agency (ITA) announced" as the agency speaking', () => {
    const [s] = sentencesOf(
      'The International Testing Agency (ITA) announced on Wednesday that the cyclist had been banned.',
    );
    expect(names(s)).toEqual(['the International Testing Agency']);
    expect(s?.stance).toBe('reported');
  });

  it('keeps a subject named by one acronym one organisation, "and" in its name or not', () => {
    const [s] = sentencesOf(
      "Peru's National Meteorology and Hydrology Service (SENAMHI) said the region had received three times its usual rain.",
    );
    expect(s?.sources).toHaveLength(1);
    expect(s?.sources[0]?.mention).toBe("Peru's National Meteorology and Hydrology Service");
  });
});

describe('short quotations', () => {
  it('makes a word or two quoted after the reporting verb a direct quotation', () => {
    const [a, b] = sentencesOf(
      'In a post, Hrubes said he was "devastated" by the ruling.',
      'The mayor rejected the criticism, saying the cut had been "modest".',
    );
    expect(a?.stance).toBe('direct');
    expect(b?.stance).toBe('direct');
  });

  it("keeps a short quotation before the verb a name, not the source's words", () => {
    const [s] = sentencesOf('A group calling itself "Nightfall" said it had copied the data.');
    expect(s?.stance).toBe('reported');
  });
});

describe('speech phrases and quoting verbs', () => {
  it('reads "called for" and "declined to comment" as speech of their subject', () => {
    const [a, b] = sentencesOf(
      'Councillor Raj Bhandari called for an independent inquiry.',
      'The company, Nordvik, declined to comment on the reports.',
    );
    expect(names(a)).toEqual(['Raj Bhandari']);
    expect(a?.stance).toBe('reported');
    expect(names(b)).toEqual(['Nordvik']);
  });

  it('reads "called X \\"…\\"" as speech and "called the museum" or \'a group called "X"\' as not', () => {
    const [a, b, c, d] = sentencesOf(
      'Union representative Erik Sandberg called the cuts "a betrayal" of staff.',
      'The government promised aid, which the union called "a joke".',
      'The brothers stopped digging and called the county museum.',
      'A group called "Nightfall" posted the files.',
    );
    expect(names(a)).toEqual(['Erik Sandberg']);
    expect(a?.stance).toBe('direct');
    expect(names(b)).toContain('the union');
    expect(b?.stance).toBe('direct');
    expect(c?.sources).toEqual([]);
    expect(d?.sources).toEqual([]);
  });
});

describe('subjects further from their verb', () => {
  it('gives a verb coordinated with an earlier one the earlier verb\'s subject ("apologised … and said")', () => {
    const [a, , c] = sentencesOf(
      'The health board apologised for the waits and said it was adding staff.',
      'Mayor Gary Lindqvist lost. In a statement he thanked his supporters and said he would help.',
    );
    expect(names(a)).toEqual(['the health board']);
    expect(names(c)).toEqual(['Gary Lindqvist']);
  });

  it('reads a person "of" an organisation as the person ("Thorvaldur Thordarson of the University of Iceland")', () => {
    const [a, b] = sentencesOf(
      'Volcanologist Thorvaldur Thordarson of the University of Iceland said the figure was too high. "The fissure is shrinking," he said.',
    );
    expect(a?.sources[0]?.kind).toBe('person');
    expect(names(b)).toEqual(names(a));
    expect(names(b)[0]).toMatch(/Thordarson/);
  });
});

describe('pronouns and the names around them', () => {
  it('resolves a pronoun to someone named before it, not to a name later in its sentence', () => {
    const [, s] = sentencesOf(
      'Mayor Gary Lindqvist lost the recount. He said he had called Rosa Delgado to congratulate her.',
    );
    expect(names(s)).toEqual(['Gary Lindqvist']);
  });

  it('does not join a month and the next sentence of a quotation into a name ("March. The")', () => {
    const [, s] = sentencesOf(
      'Volcanologist Anna Berg said the flow was slowing. "This is smaller than the one in March. The fissure is shrinking," he said.',
    );
    expect(names(s)).not.toContain('March The');
  });

  it('ends a name at a possessive ("Iceland\'s Reykjanes peninsula" is nobody)', () => {
    const [, s] = sentencesOf(
      "A volcano on Iceland's Reykjanes peninsula erupted. Lava reached the town, he said.",
    );
    expect(s?.sources).toEqual([]);
  });
});

describe('subjects with a name in quotation marks or a participle', () => {
  it('reads a short quotation closing the subject as its name (\'A group calling itself "Nightfall" claimed\')', () => {
    const [s] = sentencesOf(
      'A group calling itself "Nightfall" claimed responsibility and said it had copied the data.',
    );
    expect(names(s).join(' ')).toMatch(/Nightfall/);
    expect(s?.stance).toBe('reported');
  });

  it('takes the noun before a participle when the subject found is an object pronoun ("the company building it announced")', () => {
    const [s] = sentencesOf(
      'The opening of the tunnel has been delayed by two years, the company building it announced on Wednesday.',
    );
    expect(names(s).join(' ')).toMatch(/company/);
    expect(s?.stance).toBe('reported');
  });
});

describe('organisations, "it" and long appositions', () => {
  it('resolves "It" opening a sentence with a reporting verb to the organisation before it', () => {
    const [, s] = sentencesOf(
      'The French maritime authority said the tanker was carrying crude oil. It estimated the spill at about 200 tonnes.',
    );
    expect(names(s)).toEqual(['the French maritime authority']);
  });

  it('leaves "it" inside a sentence alone ("Deutsche Bahn said it would add carriages")', () => {
    const [, s] = sentencesOf(
      'The airline cancelled flights. Many travellers switched to trains, and Deutsche Bahn said it would add extra carriages.',
    );
    expect(names(s)).toEqual(['Deutsche Bahn']);
  });

  it('keeps "The Department of Justice" an organisation though "justice" is a title', () => {
    const [, s] = sentencesOf(
      'Justice Aileen Moran wrote that the judge erred. The Department of Justice declined to comment on the ruling.',
    );
    expect(names(s)).toEqual(['the Department of Justice']);
  });

  it('skips a long apposition opening with a determiner', () => {
    const [s] = sentencesOf(
      'Stephen Marsh, a palaeontologist at the University of Edinburgh who was not involved in the study, said the skeleton could help explain feathers.',
    );
    expect(names(s)).toEqual(['Stephen Marsh']);
  });

  it('checks that the earlier verb of a coordination is a verb ("declared a state of emergency … and said")', () => {
    const [s] = sentencesOf(
      'Governor Mike Dewine declared a state of emergency in the county on Saturday and said the guard would help.',
    );
    expect(names(s)).toEqual(['Mike Dewine']);
  });
});

describe('negated reports and figures', () => {
  it('gives a negated reporting verb no source ("Officials have not said which country")', () => {
    const [a, b] = sentencesOf(
      'Officials have not said which country the family visited.',
      "The council hasn't confirmed the size of the demand, but the Kelmsford Courier reported that it was large.",
    );
    expect(a?.sources).toEqual([]);
    expect(a?.stance).toBe('narration');
    expect(names(b)).toEqual(['Kelmsford Courier']);
  });

  it('reads "put the number of missing at" as a figure phrase of its subject', () => {
    const [s] = sentencesOf(
      'The regional governor, Marcela Huamán, put the number of missing at "more than 60".',
    );
    expect(names(s)).toEqual(['Marcela Huamán']);
  });
});

describe('groups belonging to someone', () => {
  it('names "some of his supporters" with the person the possessive points back to', () => {
    const [, s] = sentencesOf(
      'Mayor Gary Lindqvist conceded on Tuesday. Some of his supporters, however, had alleged that ballots were mishandled.',
    );
    expect(names(s)).toEqual(["Some of Gary Lindqvist's supporters"]);
    expect(s?.sources[0]?.mention).toBe('Some of his supporters');
  });

  it('leaves "his lawyer" (one person, found by the role) as it was', () => {
    const [, s] = sentencesOf('Mayor Gary Lindqvist was charged. His lawyer said he would plead not guilty.');
    expect(names(s)).not.toContain("Gary Lindqvist's lawyer");
  });
});

describe('acronyms introduced in brackets', () => {
  it('makes a later acronym the organisation it was introduced for', () => {
    const [, s] = sentencesOf(
      'The International Testing Agency (ITA) announced the ban. The ITA rejected that argument.',
    );
    expect(names(s)).toEqual(['the International Testing Agency']);
    expect(s?.sources[0]?.mention).toBe('The ITA');
  });

  it('skips connectives in the name and ignores brackets whose letters do not fit', () => {
    const [, a, , b] = sentencesOf(
      'He will appeal to the Court of Arbitration for Sport (CAS). CAS said a hearing was set.',
      'The Criminal Proceeds (Recovery) Act applies. Recovery said nothing.',
    );
    expect(names(a)).toEqual(['the Court of Arbitration for Sport']);
    expect(names(b)).not.toContain('the Criminal Proceeds');
  });
});

describe('acts named by reporting verbs', () => {
  it('reads "declared a drought emergency" as an act, and "declared that" as a report', () => {
    const [a, b] = sentencesOf(
      'Authorities in Catalonia declared a drought emergency for Barcelona on Thursday.',
      'The minister declared that the drought was over.',
    );
    expect(a?.sources).toEqual([]);
    expect(a?.stance).toBe('narration');
    expect(names(b)).toEqual(['the minister']);
  });
});

describe('a present-tense report after an aside', () => {
  it('finds the named subject before ", which …," ("The Westgate Residents\' Association, which …, argues")', () => {
    const [a, b] = sentencesOf(
      "The Westgate Residents' Association, which collected 3,200 signatures against the plan, argues that the stadium will bring heavy traffic.",
      'Ukrainian reports, which appeared on Monday, suggest heavy losses.',
    );
    expect(names(a)).toEqual(["the Westgate Residents' Association"]);
    expect(a?.stance).toBe('reported');
    expect(names(b)).not.toContain('Ukrainian');
  });
});

describe('third-person verbs that are no nouns', () => {
  it('reads "says" after a common noun as the verb ("The league says"), "claims" after one still as a noun', () => {
    const [a, b] = sentencesOf(
      'The league says the new season will start in August.',
      'The new claims were published on Monday.',
    );
    expect(names(a)).toEqual(['the league']);
    expect(a?.stance).toBe('reported');
    expect(b?.sources).toEqual([]);
  });
});

describe('asides that are clauses', () => {
  it('skips a relative clause holding a list to find the subject ("Norcal, which makes bread, cakes and pies, reported")', () => {
    const [s] = sentencesOf(
      'Norcal, which makes bread, cakes and pies, reported sales of $2 billion last year.',
    );
    expect(names(s)).toEqual(['Norcal']);
  });

  it('skips a long participle aside and takes no name from it ("The audit, based on …, found that")', () => {
    const [a, b] = sentencesOf(
      "The audit, based on interviews with 400 nurses and doctors and on the hospital's own staffing records, found that overtime had doubled.",
      'The flood study, commissioned by the county from engineers Harlow Water Consulting, warned that the levee could fail.',
    );
    expect(names(a)).toEqual(['the audit']);
    expect(names(b)).toEqual(['the flood study']);
  });
});

describe('phrases that are no speaker', () => {
  it('takes no speaker from a phrase opening with a preposition after ", estimated"', () => {
    const [s] = sentencesOf('The court ordered the firm to pay the costs of the case, estimated at £90,000.');
    expect(s?.sources).toEqual([]);
  });
});

describe('speech participles', () => {
  it('gives ", saying …" and ", arguing …" the subject of the verb before the comma', () => {
    const [a, b] = sentencesOf(
      'Transport minister Petra Holm defended the fare rise, saying the railway faced a large deficit.',
      'The growers’ federation called the offer far too low, arguing that costs had risen by a third.',
    );
    expect(names(a)).toEqual(['Petra Holm']);
    expect(a?.stance).toBe('reported');
    expect(names(b)).toEqual(['the growers’ federation']);
  });

  it('reads ", adding millions …" and ", calling into question …" as acts, not speech', () => {
    const [a, b] = sentencesOf(
      'Storms damaged roads, adding millions to the repair bill.',
      'The strike continued on Tuesday, calling into question the talks.',
    );
    expect(a?.sources).toEqual([]);
    expect(b?.sources).toEqual([]);
  });

  it('counts a subject of two speech verbs once ("blamed the crew, saying …")', () => {
    const [s] = sentencesOf(
      'The harbour authority, however, blamed the crew, saying the ferry had left without clearance.',
    );
    expect(s?.claims).toHaveLength(1);
    expect(names(s)).toEqual(['the harbour authority']);
  });
});

describe('verbs that report with a that-clause', () => {
  it('reads "ruled that" and "found on Monday that" as reports, "found a car" as an act', () => {
    const [a, b, c] = sentencesOf(
      'The Supreme Court has ruled that the ban on street protests was unlawful.',
      'Judge Anna Berg found on Monday that the company had broken its contract.',
      'Police found a burnt-out car near the border.',
    );
    expect(names(a)).toEqual(['the Supreme Court']);
    expect(a?.stance).toBe('reported');
    expect(names(b)).toEqual(['Anna Berg']);
    expect(c?.sources).toEqual([]);
  });
});

describe('speech acts without a that-clause', () => {
  it('reads apologising, welcoming, objecting, voicing, recommending, proposing and expecting as their subject speaking', () => {
    const sentences = sentencesOf(
      'Mayor Lena Ortiz apologised to residents.',
      'Environmental groups welcomed the ruling.',
      'Several landlords have objected on legal grounds.',
      'Teachers have voiced concern.',
      'The inspectors recommended a new fire escape.',
      'Opposition parties proposed a cap on fees.',
      'The airline expects the repairs to take a month.',
    );
    for (const s of sentences) {
      expect(s.sources).toHaveLength(1);
      expect(s.stance).toBe('reported');
    }
  });
});

describe('the article’s own comment on a clause', () => {
  it('reads ", which might …" as speculation and a restrictive "which could" as description', () => {
    const [a, b] = sentencesOf(
      'The team has been given another month of funding, which might settle the question.',
      'The probe carries a camera which could see through clouds.',
    );
    expect(a?.stance).toBe('speculation');
    expect(b?.stance).toBe('narration');
  });
});

describe('adverbs between subject and verb', () => {
  it('keeps an "-ly" adverb after an auxiliary out of the subject ("has unanimously rejected"), not a noun', () => {
    const [a, b] = sentencesOf(
      'The board of the dairy has unanimously rejected the offer, saying it was too low.',
      'The family said it was relieved.',
    );
    expect(a?.sources.map((s) => s.mention)).toEqual(['The board of the dairy']);
    expect(names(b)).toEqual(['the family']);
  });
});

describe('forecasts', () => {
  it('reads "expects to" as its subject’s forecast, "candidates expected to win" as no speaker', () => {
    const [a, b] = sentencesOf(
      'The airport expects to reopen the runway on Friday.',
      'Of the five candidates expected to win, two are former ministers.',
    );
    expect(names(a)).toEqual(['the airport']);
    expect(a?.stance).toBe('reported');
    expect(b?.sources).toEqual([]);
  });
});

describe('names inside quotations', () => {
  it('does not take a name inside the quotation for the "she" of its tag', () => {
    const [, , s] = sentencesOf(
      'Party leader Tom Baker said he would talk to everyone. Analyst Mary Hill of the University of Leeds said a coalition was likely.',
      '"The question is whether Baker can keep his party together," she said.',
    );
    expect(names(s)).toEqual(['Mary Hill']);
  });
});

describe('acronyms that spell function words', () => {
  it('ends an inverted speaker tag at the name, before where the speaker was', () => {
    const [first, second] = sentencesOf(
      '"Everything worked, which almost never happens," said flight director Dr. Naomi Berg at the agency\'s centre in Darmstadt, Germany. "The room went quiet."',
    );
    expect(first?.sources.map((x) => x.mention)).toEqual(['flight director Dr. Naomi Berg']);
    expect(first?.stance).toBe('direct');
    expect(second?.sources.map((x) => x.mention)).toEqual(['flight director Dr. Naomi Berg']);
    const [official] = sentencesOf('"We are ready," said an official at the embassy.');
    expect(official?.sources.map((x) => x.mention)).toEqual(['an official at the embassy']);
  });

  it('reads "according to the WHO" as the organisation, not the clause word "who"', () => {
    const [s] = sentencesOf('Cases of flu have doubled since October, according to the WHO.');
    expect(s?.sources.map((x) => x.mention)).toEqual(['the WHO']);
  });

  it('reads "the WHO said" as the organisation speaking', () => {
    const [s] = sentencesOf('Cases are also rising in neighbouring countries, the WHO said.');
    expect(s?.sources.map((x) => x.mention)).toEqual(['the WHO']);
  });
});

describe('more speech', () => {
  it('reads "declined to say" and "advised" as their subject speaking', () => {
    const [a, b] = sentencesOf(
      'The bank declined to say how many customers were affected.',
      'Doctor Anna Lind advised parents to keep children at home.',
    );
    expect(names(a)).toEqual(['the bank']);
    expect(names(b)).toEqual(['Anna Lind']);
  });

  it('reads "It is understood that" as a hedge', () => {
    const [s] = sentencesOf('It is understood that the minister will resign.');
    expect(s?.stance).toBe('hedged');
  });
});

describe('third-person verbs in a relative clause', () => {
  it('reads "which the council blames on …" as the council speaking', () => {
    const [s] = sentencesOf(
      'The city faces a deficit of 40 million pounds, which the council blames on rising costs.',
    );
    expect(names(s)).toEqual(['the council']);
  });
});

describe('reporting verbs that report nothing here', () => {
  it('reads "higher than expected" as a comparison, not someone expecting', () => {
    const [s] = sentencesOf('Sales were higher than expected in the first quarter.');
    expect(s?.sources).toEqual([]);
  });

  it('reads "add"/"welcome" with a figure as acts ("will add about 86 pounds"), "added that" as speech', () => {
    const [a, b, c] = sentencesOf(
      'The museum welcomed 2 million visitors last year.',
      'For a typical home, the rise will add about 86 pounds a year to the bill.',
      'Finance director Tom Baker added that 40 staff would go.',
    );
    expect(a?.sources).toEqual([]);
    expect(b?.sources).toEqual([]);
    expect(names(c)).toEqual(['Tom Baker']);
  });
});

describe('roles before a name', () => {
  it('names the person without the role ("County Clerk Susan Whitaker", "Regional prefect Anne Roy")', () => {
    const [a, b] = sentencesOf(
      'County Clerk Susan Whitaker said the count was complete.',
      'Regional prefect Anne Roy said the beaches would reopen.',
    );
    expect(names(a)).toEqual(['Susan Whitaker']);
    expect(names(b)).toEqual(['Anne Roy']);
  });

  it('names the person without "Mediator", "Board member" or "Legal scholar"', () => {
    const [a, b, c] = sentencesOf(
      'Mediator Kari Holm said the talks would resume.',
      'Board member Tim Ware said he would vote against.',
      'Legal scholar Ann Cole said the ruling was narrow.',
    );
    expect(names(a)).toEqual(['Kari Holm']);
    expect(names(b)).toEqual(['Tim Ware']);
    expect(names(c)).toEqual(['Ann Cole']);
  });
});

describe('names after "according to" and "of"', () => {
  it('keeps "and" between capitalised words in the name ("the Centers for Disease Control and Prevention")', () => {
    const [s] = sentencesOf(
      'About 6 million adults have the condition, according to the Centers for Disease Control and Prevention.',
    );
    expect(names(s)).toEqual(['the Centers for Disease Control and Prevention']);
  });

  it('reads a titled person "of" a firm as the person ("Aviation analyst Tor Eriksen of Fjord Markets")', () => {
    const [s] = sentencesOf(
      'Aviation analyst Tor Eriksen of Fjord Markets said the airline was short of cash.',
    );
    expect(names(s)).toEqual(['Tor Eriksen']);
  });
});

describe('a relative clause of speech speaks for its antecedent', () => {
  it('reads "X, which said …" and "X, who has said …" as X reporting', () => {
    const [a, b, c] = sentencesOf(
      'The software was supplied by Quillon Systems, which said in a statement that it was working with the board.',
      'The mayor, who has said the plan is too costly, voted against it.',
      'Residents blamed Tidewater Homes, which said the delays were caused by the weather.',
    );
    expect(names(a)).toEqual(['Quillon Systems']);
    expect(a?.stance).toBe('reported');
    expect(names(b)).toEqual(['the mayor']);
    expect(names(c)).toContain('Tidewater Homes');
  });

  it('gives no source to "which" standing for a clause that infers ("…, which suggests …")', () => {
    const [s] = sentencesOf(
      'The youngest coin was struck in 1046, which suggests the hoard was buried shortly after that date.',
    );
    expect(s?.sources).toEqual([]);
  });
});

describe('a relative clause after an aside', () => {
  it('names no one when "who" may be of the phrase before an aside opening with a participle', () => {
    const [s] = sentencesOf(
      'The case was brought by three claimants, supported by the charity Fair Welfare Trust, who said they had waited eleven weeks.',
    );
    expect(names(s)).not.toContain('the charity Fair Welfare Trust');
  });
});

describe('names with a pronoun or determiner in them, and participles qualifying a noun', () => {
  it('keeps "Our" in "Save Our Parish Churches said"', () => {
    const [s] = sentencesOf('Save Our Parish Churches said the diocese was managing decline.');
    expect(s?.sources.map((x) => x.mention)).toEqual(['Save Our Parish Churches']);
    expect(names(s)).toEqual(['Save Our Parish Churches']);
  });

  it('gives no source to "closures announced by a diocese", only to the "according to"', () => {
    const [s] = sentencesOf(
      'It is the largest programme of closures announced by a single diocese, according to the campaign group Keep Our Chapels.',
    );
    expect(names(s)).toEqual(['the campaign group Keep Our Chapels']);
  });

  it('still reads "was announced by the council" as the council announcing', () => {
    const [s] = sentencesOf('The closure was announced by the council.');
    expect(names(s)).toEqual(['the council']);
  });
});

describe('probe round 16: acts that are no reports, asides, and field names', () => {
  it('reads "has agreed a five-year contract" as an act, "agreed that" as a report', () => {
    const [a, b] = sentencesOf(
      'Ferreira, 22, has agreed a five-year contract.',
      'The two sides agreed that talks should resume.',
    );
    expect(a?.sources).toEqual([]);
    expect(names(b)).toEqual(['the two sides']);
  });

  it('skips an age before an aside: "Eleanor Pryce, 71, from Wrexham, told reporters"', () => {
    const [s] = sentencesOf(
      'Eleanor Pryce, 71, from Wrexham, told reporters she had been waiting 26 months.',
    );
    expect(names(s)).toEqual(['Eleanor Pryce']);
  });

  it('gives no source to what things do in general: "alerts, which tell residents to be ready"', () => {
    const [a, b] = sentencesOf(
      'Evacuation alerts, which tell residents to be ready to leave, were issued for 4,000 properties.',
      'The mayor, who has said the plan is bad, voted against it.',
    );
    expect(a?.sources).toEqual([]);
    expect(names(b)).toEqual(['the mayor']);
  });

  it('keeps "Environment Canada" and "Health Canada" whole, and "Health Secretary Wes Streeting" a person', () => {
    const [a, b, c] = sentencesOf(
      'Environment Canada said the smoke would stay for days.',
      'Health Canada said the product was safe.',
      'Health Secretary Wes Streeting said the plan was fair.',
    );
    expect(names(a)).toEqual(['Environment Canada']);
    expect(names(b)).toEqual(['Health Canada']);
    expect(names(c)).toEqual(['Wes Streeting']);
  });
});

describe('probe round 16 (D): acts, quantifiers, participles and "with"', () => {
  it('reads "added a fourth try" as an act, "added that" as a report', () => {
    const [a, b] = sentencesOf(
      'Hugo Keenan added a fourth try in the 71st minute.',
      'He added that the plan was fair.',
    );
    expect(a?.sources).toEqual([]);
    expect(b?.stance).toBe('reported');
  });

  it('finds the subject of "had issued", not "red", for ", warning of …"', () => {
    const [s] = sentencesOf(
      'The Met Office had issued a rare red weather warning for the area, warning of a "danger to life".',
    );
    expect(names(s)).toEqual(['the Met Office']);
  });

  it('reads "Many said" and "Some said" as people saying so, unnamed', () => {
    const [a, b] = sentencesOf(
      'Many said they could not pay for groceries.',
      'Some said the plan was too late.',
    );
    expect(names(a)).toEqual(['many']);
    expect(a?.stance).toBe('reported');
    expect(names(b)).toEqual(['some']);
  });

  it('leaves "with" out of the speakers of "…, with some former players calling for changes"', () => {
    const [s] = sentencesOf('Their coach is under pressure, with some former players calling for changes.');
    expect(names(s)).toEqual(['some former players']);
  });
});

describe('a subject with an aside opening with "whose"', () => {
  it('reads "Kees van der Linden, whose nursery lost 80 percent of its panes, said" as his words', () => {
    const [s] = sentencesOf(
      'Kees van der Linden, whose four-hectare pepper nursery lost roughly 80 percent of its roof panes, said his insurance covered the glass.',
    );
    expect(names(s)).toEqual(['Kees van der Linden']);
    expect(s?.stance).toBe('reported');
  });
});
