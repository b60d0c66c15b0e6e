/**
 * Dispatches `signpost <command> …` to the command modules, loading only the one asked for
 * so that `signpost render` does not pay for the engine and vice versa.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  render: { summary: 'render DocFX pages as JSON (conformance contract)', load: () => import('./commands/render.ts') },
  simulate: { summary: 'run the import engine on a JSON input file', load: () => import('./commands/simulate.ts') },
  check: { summary: 'report diagnostics of a content tree', load: () => import('./commands/check.ts') },
  translations: { summary: 'translation status of a content tree', load: () => import('./commands/translations.ts') },
  serve: { summary: 'build the portal and serve it on localhost', load: () => import('./commands/serve.ts') },
  build: { summary: 'build the portal, or one slice of it (--shard i/n)', load: () => import('./commands/build.ts') },
  merge: { summary: 'join the outputs of a sharded build into one site', load: () => import('./commands/merge.ts') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(13)}${c.summary}`);
  return `usage: signpost <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`signpost: unknown command \`${name}\`\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest);
}
