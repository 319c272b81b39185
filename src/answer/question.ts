/**
 * Cleans a question as people type it in a chat (mentions, markdown, stray white space) and turns
 * away what cannot be a question, with a polite message. Shared by every front end.
 */

export const MAX_QUESTION_CHARS = 500;

export type PreparedQuestion = { ok: true; question: string } | { ok: false; message: string };

/** Discord-style mentions and markdown removed; the words stay. */
export function cleanQuestion(raw: string): string {
  return (
    raw
      // User, role and channel mentions, custom emoji, @everyone/@here: not part of the question.
      .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
      .replace(/<a?:(\w+):\d+>/g, ' ')
      .replace(/@+(?:everyone|here)\b/gi, ' ')
      // "@every@hereone" must not become "@everyone" once the inner mention is gone.
      .replace(/@/g, ' ')
      // Code fences and inline code markers, emphasis, spoilers, quotes, headings.
      .replace(/```[a-z]*\n?|```/gi, ' ')
      .replace(/[`*_~|]+/g, ' ')
      .replace(/^\s*(?:>+|#{1,6})\s*/gm, ' ')
      // Control characters other than white space.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function prepareQuestion(raw: string): PreparedQuestion {
  const question = cleanQuestion(raw);
  if (!question || !/[\p{L}\p{N}]/u.test(question)) {
    return {
      ok: false,
      message: 'Please ask a question about the articles, for example: "What did Zelenskyy say?"',
    };
  }
  if (question.length > MAX_QUESTION_CHARS) {
    return {
      ok: false,
      message: `That question is ${question.length.toLocaleString('en-US')} characters long; please ask in at most ${MAX_QUESTION_CHARS} characters.`,
    };
  }
  return { ok: true, question };
}
