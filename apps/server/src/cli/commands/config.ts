import type { Command } from 'commander';
import { configSchema } from '../../platform/config/config.ts';

/** Prints the environment variables the platform reads, as a Markdown table (the README's is made from it). */
export function registerConfigCommand(program: Command): void {
  program
    .command('config')
    .description('Liệt kê biến môi trường / list configuration variables')
    .action(() => {
      console.log('| Variable | Default | Meaning |\n|---|---|---|');
      for (const [name, schema] of Object.entries(configSchema.shape)) {
        const parsed = schema.safeParse(undefined);
        const fallback = parsed.success && parsed.data !== undefined ? String(parsed.data) : '';
        const shown = fallback.startsWith('/') ? fallback.replace(/^.*\/(\.data|shared)/, '…/$1') : fallback;
        console.log(`| \`${name}\` | ${shown ? `\`${shown}\`` : ''} | ${schema.description ?? ''} |`);
      }
    });
}
