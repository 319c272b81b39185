/**
 * Which sentences of the asked-about speakers become candidates. In a few articles, all of them:
 * "what did the prosecutor say" is answered by whatever the prosecutor said. In a library of
 * thousands, "the prosecutor" is quoted in hundreds of articles, and ranking every sentence of
 * every one of them took tens of milliseconds: then those in the articles the search found for
 * the question's other words come first, and the rest in library order, up to a bound.
 */
/** Speakers' sentences ranked per question, at most. */
export const SPEAKER_SENTENCES = 60;

/** A matched speaker as the choice sees it: its article, and how many sentences it has. */
export interface Quoted {
  articleId: string;
  sentences: number;
}

export interface SpeakerChoice<T> {
  /**
   * Speakers whose sentences count as the speaker's when they are candidates anyway: those taken
   * first (their sentences are candidates), then the others in the searched articles (a hit may
   * be one of their sentences).
   */
  marking: T[];
  /** How many of `marking`, from its start, are taken. */
  taken: number;
}

export function chooseSpeakers<T extends Quoted>(
  speakers: readonly T[],
  hitArticles: readonly string[],
  limit = SPEAKER_SENTENCES,
): SpeakerChoice<T> {
  let total = 0;
  for (const sp of speakers) total += sp.sentences;
  if (total <= limit) return { marking: [...speakers], taken: speakers.length };
  const rank = new Map<string, number>();
  hitArticles.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i);
  });
  // Those in searched articles by the article's first hit, then the rest; library order within
  // one article and among the rest (a stable sort of the few, none of the many).
  const order = (sp: T) => rank.get(sp.articleId) as number;
  const searched = speakers.filter((sp) => rank.has(sp.articleId)).sort((a, b) => order(a) - order(b));
  const ordered = [...searched, ...speakers.filter((sp) => !rank.has(sp.articleId))];
  let taken = 0;
  let count = 0;
  while (taken < ordered.length && count < limit) count += (ordered[taken++] as T).sentences;
  // Beyond the bound, only the searched articles' speakers can have a sentence among the hits.
  const others = taken < searched.length ? searched.slice(taken) : [];
  return { marking: [...ordered.slice(0, taken), ...others], taken };
}
