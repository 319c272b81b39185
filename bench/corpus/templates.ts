/**
 * Source sentences for the synthetic corpora: the dev articles when the leads' shared folder sits
 * beside the project, else the project's own seed and test articles. Each sentence becomes a
 * template whose names, numbers and content words can be swapped for made-up ones while function
 * words, attribution cues ("said", "according to", "are said to") and punctuation stay, so the
 * synthetic text keeps news grammar and the attribution pipeline does realistic work on it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isArticleFile } from '../../src/article/load.ts';
import { parseArticle } from '../../src/article/parse.ts';
import { splitSentences } from '../../src/article/split/index.ts';

export type TokenKind = 'word' | 'name' | 'acronym' | 'number' | 'keep';

export interface Token {
  kind: TokenKind;
  text: string;
}

export interface SourceArticle {
  file: string;
  title: Token[];
  sentences: Token[][];
}

export interface SourceSet {
  /** Where the sentences came from, for the benchmark's report. */
  origin: string;
  articles: SourceArticle[];
  /** Lowercase words a substitution must never produce or replace. */
  protectedWords: ReadonlySet<string>;
}

const root = join(import.meta.dirname, '..', '..');

// Function words of English news text; they carry grammar, not topic, so they are never swapped.
const STOPWORDS = `a about above after again against all also although am among an and another any are
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
mr mrs ms dr percent`.split(/\s+/);

/** Every string value in a JSON data file (its `_doc` notes aside), as lowercase words. */
function wordsOfJson(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    for (const w of value.toLowerCase().match(/[a-z]+/g) ?? []) out.add(w);
  } else if (Array.isArray(value)) {
    for (const v of value) wordsOfJson(v, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== '_doc') wordsOfJson(v, out);
  }
}

/** The pipeline's own cue lists and abbreviations: swapping these would change attribution or splitting. */
function pipelineWords(): Set<string> {
  const out = new Set(STOPWORDS);
  for (const dir of ['src/article/attribution/data', 'src/article/split']) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const f of readdirSync(full).filter((n) => n.endsWith('.json'))) {
      try {
        wordsOfJson(JSON.parse(readFileSync(join(full, f), 'utf8')), out);
      } catch {
        // A data file being rewritten by its owner: the stopword list still protects the grammar.
      }
    }
  }
  return out;
}

const TOKEN = /(\p{Lu}{2,}(?![\p{Ll}]))|(\p{L}[\p{L}-]*\p{L}|\p{L})|(\d(?:[\d,.]*\d)?)|([^\p{L}\d]+)/gu;

function tokenize(
  sentence: string,
  protectedWords: ReadonlySet<string>,
  lowerSeen: ReadonlySet<string>,
): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  for (const m of sentence.matchAll(TOKEN)) {
    const [text, acronym, word, number] = m;
    if (acronym) tokens.push({ kind: protectedWords.has(acronym.toLowerCase()) ? 'keep' : 'acronym', text });
    else if (number) tokens.push({ kind: 'number', text });
    else if (word) {
      const lower = word.toLowerCase();
      const capital = word !== lower;
      let kind: TokenKind = 'keep';
      if (protectedWords.has(lower)) kind = 'keep';
      else if (capital && !(atStart && lowerSeen.has(lower))) kind = 'name';
      else if (lower.length >= 4) kind = 'word';
      tokens.push({ kind, text });
    } else tokens.push({ kind: 'keep', text });
    // A capital after an opening quote or at the start is not evidence of a name.
    atStart = !word && !acronym && !number ? /["“‘(]\s*$/.test(text) || atStart : false;
  }
  return tokens;
}

function sourceFiles(preferShared: boolean): { origin: string; paths: string[] } {
  const shared = join(root, '..', 'shared');
  const fromDirs = (dirs: string[]) =>
    dirs
      .filter((d) => existsSync(d))
      .flatMap((d) =>
        readdirSync(d)
          .filter(isArticleFile)
          .sort()
          .map((f) => join(d, f)),
      );
  const sharedPaths = fromDirs([join(shared, 'seeds'), join(shared, 'eval', 'articles')]);
  if (preferShared && sharedPaths.length) return { origin: 'shared dev articles', paths: sharedPaths };
  return {
    origin: "project's seeds and test articles",
    paths: fromDirs([join(root, 'seeds'), join(root, 'test', 'fixtures', 'articles')]),
  };
}

/** `preferShared: false` uses the project's own articles even when ../shared exists (tests). */
export function loadSourceSet(preferShared = true): SourceSet {
  const { origin, paths } = sourceFiles(preferShared);
  const protectedWords = pipelineWords();
  const parsed = paths.flatMap((path) => {
    const article = parseArticle(readFileSync(path, 'utf8'));
    return article
      ? [{ file: path, title: article.title, sentences: article.paragraphs.flatMap(splitSentences) }]
      : [];
  });
  if (!parsed.length) throw new Error('no source articles for the synthetic corpus');
  // Words seen in lower case somewhere are common words even when a sentence starts with them.
  const lowerSeen = new Set<string>();
  for (const a of parsed)
    for (const s of a.sentences) for (const w of s.match(/\b\p{Ll}+\b/gu) ?? []) lowerSeen.add(w);
  const articles = parsed.map((a) => ({
    file: a.file,
    title: tokenize(a.title, protectedWords, lowerSeen),
    sentences: a.sentences.map((s) => tokenize(s, protectedWords, lowerSeen)),
  }));
  return {
    origin: `${origin} (${articles.length} files, ${parsed.reduce((n, a) => n + a.sentences.length, 0)} sentences)`,
    articles,
    protectedWords,
  };
}
