/**
 * Sentence splitting. Placeholder until the golden-rules splitter lands: splits after
 * . ! ? followed by white space and a capital letter.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'\u201d]?)\s+(?=["'\u201c]?[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
