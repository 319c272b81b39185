/**
 * Acronyms the articles only half spell out: "NDP" for "an Ottawa New Democrat MP". An acronym's
 * last letter often stands for a generic word a text leaves out ("Party", "Association",
 * "Service"), so its other letters may match the initials of a capitalised run.
 */

/** Shortest acronym read this way: two letters left after dropping one say too little. */
const MIN_LETTERS = 3;

/**
 * The spelt-out runs of an acronym written in capitals (`raw`) whose initials are all its letters
 * but the last, looked up in the articles' acronyms (`lookup`: letters → runs, as index terms).
 */
export function partialExpansions<T>(
  raw: string,
  lookup: (letters: string) => readonly T[] | undefined,
): T[] {
  if (raw.length < MIN_LETTERS || !/^\p{Lu}+$/u.test(raw)) return [];
  return [...(lookup(raw.slice(0, -1).toLowerCase()) ?? [])];
}
