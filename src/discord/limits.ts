/**
 * Discord's message limits (https://discord.com/developers/docs/resources/message#create-message and
 * …/channel#embed-object-embed-limits). Counted here in UTF-16 code units, which is never fewer than
 * Discord's count in code points, so staying under them here stays under them at Discord.
 */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author of every embed of one message together. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  url: 2048,
} as const;
