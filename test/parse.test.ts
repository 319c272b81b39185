import { describe, expect, it } from 'vitest';
import { isDateline, parseArticle } from '../src/article/parse.ts';

describe('parseArticle', () => {
  it('reads a headline then one paragraph per line', () => {
    const parsed = parseArticle(
      'Floods hit the valley\nThe river rose overnight. Roads closed.\nThe mayor spoke.\n',
    );
    expect(parsed).toEqual({
      title: 'Floods hit the valley',
      paragraphs: ['The river rose overnight. Roads closed.', 'The mayor spoke.'],
    });
  });

  it('reads headline, blank line, dateline and blank-line separated paragraphs with wrapped lines', () => {
    const text =
      'Floods hit the valley\n\nMonday, May 18, 2015\n\nThe river rose\novernight.\n\nThe mayor spoke.\n';
    expect(parseArticle(text)).toEqual({
      title: 'Floods hit the valley',
      date: 'Monday, May 18, 2015',
      paragraphs: ['The river rose overnight.', 'The mayor spoke.'],
    });
  });

  it('takes title, publisher, date and url from front matter', () => {
    const text =
      '---\ntitle: "Floods"\npublisher: Valley News\ndate: 2024-05-01\nurl: https://example.org/floods\nignored: x\n---\nThe river rose.\n';
    expect(parseArticle(text)).toEqual({
      title: 'Floods',
      publisher: 'Valley News',
      date: '2024-05-01',
      url: 'https://example.org/floods',
      paragraphs: ['The river rose.'],
    });
  });

  it('strips a Markdown headline marker and skips section headings', () => {
    expect(parseArticle('# Floods\n\nThe river rose.\n\n## Aftermath\n\nRoads closed.')).toEqual({
      title: 'Floods',
      paragraphs: ['The river rose.', 'Roads closed.'],
    });
  });

  it('joins hard-wrapped lines of a single block but keeps finished lines apart', () => {
    expect(
      parseArticle('Title\nThe river rose\novernight, officials said.\nRoads closed.')?.paragraphs,
    ).toEqual(['The river rose overnight, officials said.', 'Roads closed.']);
  });

  it('handles Windows line endings and a byte-order mark', () => {
    expect(parseArticle('\uFEFFTitle\r\nBody text.\r\n')).toEqual({
      title: 'Title',
      paragraphs: ['Body text.'],
    });
  });

  it('returns null when there is no body', () => {
    expect(parseArticle('Only a headline\n')).toBeNull();
    expect(parseArticle('\n\n  \n')).toBeNull();
  });
});

describe('isDateline', () => {
  it.each(['Friday, August 15, 2008', '15 August 2008', '2008-08-15', 'Aug. 15, 2008'])(
    'accepts %s',
    (line) => {
      expect(isDateline(line)).toBe(true);
    },
  );
  it.each(['The river rose on August 15, 2008.', 'May the best team win'])('rejects %s', (line) => {
    expect(isDateline(line)).toBe(false);
  });
});
