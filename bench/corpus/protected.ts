/**
 * Words the synthetic corpora never swap for made-up ones, and never produce: function words,
 * common attribution cues (speech and reporting verbs, hedges, the article's own modals), role
 * words and abbreviations. They keep the sentences' grammar, attribution and sentence splitting.
 *
 * A fixed list on purpose, not read from the pipeline's data files: the corpus must stay the same
 * while those files evolve, so that benchmark runs on different commits stay comparable.
 */

const FUNCTION_WORDS = `a about above after again against all also although am among an and another any are
around as at back be because been before being below between both but by can cannot could did do does
doing down during each either even ever every few first for from further had has have having he her
here hers herself him himself his how however i if in into is it its itself just last least less like
made make many me more most much must my myself near neither never new next no nor not now of off often
on once one only onto or other our ours ourselves out over own per rather same second several she
should since so some still such than that the their theirs them themselves then there these they this
those though three through thus to too two under until up upon us very was we were what when where
whether which while who whom whose why will with within without would yet you your yours yourself
yesterday today tomorrow week weeks year years day days monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december
percent`;

// Regular verbs of speech, reporting and finding; inflected below.
const REPORTING_VERBS = `claim report state add note insist deny admit warn announce confirm explain argue
suggest believe estimate allege accuse describe reply respond ask urge call acknowledge assert declare
stress conclude predict reveal disclose complain agree disagree promise threaten recall recommend
criticise criticize praise reject dispute question doubt indicate demand maintain observe remark
mention emphasise emphasize caution concede contend testify tweet post publish`;

const IRREGULAR_CUES = `say says said saying tell tells told telling write writes wrote written writing
find finds found finding think thinks thought know knows knew known show shows showed shown speak
speaks spoke spoken feel feels felt according cited citing quoted quoting`;

const HEDGES = `reportedly allegedly apparently purportedly supposedly seemingly rumoured rumored suspected
understood believed unconfirmed unverified`;

const MODALS = `might likely unlikely possibly perhaps probably maybe presumably conceivably appears appear
seems seem expected possible unclear potentially`;

const ROLES = `president vice prime minister secretary spokesman spokeswoman spokesperson governor general
major colonel captain lieutenant sergeant commander admiral prosecutor attorney lawyer judge justice
senator mayor chancellor chief director chairman chairwoman chair official officials officer officers
head leader king queen prince princess ambassador envoy deputy professor doctor coauthor author
researcher researchers scientist scientists analyst analysts expert experts witness witnesses police
army military government ministry department agency council court committee commission union company
university institute party spokespeople sources source statement statements`;

const ABBREVIATIONS = `mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st ave blvd rd mt
ft jr sr inc ltd co corp dept est approx fig vs etc jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun pres govt assn univ misc vol nos esp viz cf ibid dist div
exec natl intl mgr supt messrs`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

function inflections(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const third = /(s|sh|ch|x|z)$/.test(verb)
    ? `${verb}es`
    : verb.endsWith('y') && !/[aeiou]y$/.test(verb)
      ? `${verb.slice(0, -1)}ies`
      : `${verb}s`;
  const past = verb.endsWith('e')
    ? `${verb}d`
    : verb.endsWith('y') && !/[aeiou]y$/.test(verb)
      ? `${verb.slice(0, -1)}ied`
      : `${verb}ed`;
  return [verb, third, past, `${stem}ing`];
}

export const PROTECTED_WORDS: ReadonlySet<string> = new Set([
  ...words(FUNCTION_WORDS),
  ...words(REPORTING_VERBS).flatMap(inflections),
  ...words(IRREGULAR_CUES),
  ...words(HEDGES),
  ...words(MODALS),
  ...words(ROLES),
  ...words(ABBREVIATIONS),
]);
