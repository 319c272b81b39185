/** Every slash command, in the order /help lists them. deploy-commands registers exactly these. */
import { article } from './article.ts';
import { ask } from './ask.ts';
import { claims } from './claims.ts';
import type { SlashCommand } from './command.ts';
import { disputes } from './disputes.ts';
import { helpCommand } from './help.ts';
import { sources } from './sources.ts';

const base: SlashCommand[] = [ask, claims, sources, disputes, article];
export const COMMANDS: readonly SlashCommand[] = [...base, helpCommand(() => COMMANDS)];

export const commandByName = new Map(COMMANDS.map((c) => [c.data.name, c]));
