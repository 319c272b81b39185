/**
 * British and American spellings of one word ("epicentre"/"epicenter", "colour"/"color",
 * "organise"/"organize", "defence"/"defense", "anaemia"/"anemia"). WordNet lists them as synonyms;
 * they are the same word, so a question written in one spelling should match the other in full.
 */

/** The word with its regional spelling patterns brought to one form. */
function canonical(word: string): string {
  return word
    .replace(/tre$/, 'ter')
    .replace(/our/g, 'or')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|ed|es|ing)$/, 'yz$1')
    .replace(/ogue$/, 'og')
    .replace(/ence$/, 'ense')
    .replace(/ll/g, 'l')
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'e');
}

/** True when `a` and `b` are one word spelt the British and the American way. */
export function isRespelling(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4) return false;
  if (!/^\p{Ll}+$/u.test(a) || !/^\p{Ll}+$/u.test(b)) return false;
  return canonical(a) === canonical(b);
}
