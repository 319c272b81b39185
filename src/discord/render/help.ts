/** `/help`: every command with an example, and how mentions and DMs work. */
import type { Reply } from './reply.ts';

export interface CommandHelp {
  usage: string;
  summary: string;
  example: string;
}

export function renderHelp(commands: readonly CommandHelp[]): Reply {
  return {
    content:
      'I answer questions about the loaded news articles by quoting their own sentences, each with who says so and how (direct quote, reported, hedged, the article’s speculation, or the article’s own statement). When the articles do not cover a question, I say so.',
    embeds: [
      {
        title: 'Commands',
        fields: commands.map((c) => ({ name: c.usage, value: `${c.summary}\nExample: \`${c.example}\`` })),
        footer: {
          text: 'You can also mention me with a question in a channel, or send me a direct message.',
        },
      },
    ],
    components: [],
    ephemeral: true,
  };
}
