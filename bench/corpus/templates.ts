/**
 * Source sentences for the synthetic corpora: the dev articles when the leads' shared folder sits
 * beside the project, else the project's own seed and test articles. Each sentence becomes a
 * template whose names, numbers and content words can be swapped for made-up ones while function
 * words, attribution cues ("said", "according to", "are said to") and punctuation stay (see
 * protected.ts), so the synthetic text keeps news grammar and attribution does realistic work.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isArticleFile } from '../../src/article/load.ts';
import { parseArticle } from '../../src/article/parse.ts';
import { splitSentences } from '../../src/article/split/index.ts';
import { PROTECTED_WORDS } from './protected.ts';

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
      // Single letters stay: initials and dotted abbreviations ("U.S.") are part of splitting.
      if (protectedWords.has(lower) || word.length === 1) kind = 'keep';
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
  const protectedWords = PROTECTED_WORDS;
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
