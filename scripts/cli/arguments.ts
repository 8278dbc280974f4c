/**
 * The command line of every script in scripts/: one description of a command's options
 * gives both the parsing (Node's parseArgs) and the `--help` text, so the two cannot drift.
 * Mistakes on the command line end in one plain line and exit code 1, never a stack trace:
 * the people typing these commands are web and comms teams, not the product's developers.
 */
import { parseArgs, type ParseArgsOptionDescriptor } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';

/** An option as parseArgs takes it, with the words `--help` shows for it. */
export type OptionSpec = ParseArgsOptionDescriptor & {
  /** What the option does, one line. */
  description: string;
  /** The value's name in the help, e.g. "slug" for `--trust <slug>`. */
  value?: string;
};

export interface CommandSpec<O extends Record<string, OptionSpec>> {
  /** How people run it, e.g. "npm run build". */
  command: string;
  /** One sentence: what it does. */
  summary: string;
  /** What may follow the command, e.g. "[options]" or "<slug> --name <name> [options]". */
  usage: string;
  options: O;
  /** Words that are not options, e.g. new-trust's slug; none allowed when left out. */
  positionals?: { name: string; description: string };
  /** Complete command lines, each with what it does. */
  examples: Array<[command: string, what: string]>;
  /** A closing paragraph, when there is more to say. */
  notes?: string;
}

export interface ParsedCommandLine<O extends Record<string, OptionSpec>> {
  values: { [K in keyof O]: O[K]['type'] extends 'boolean' ? OptionValue<O[K], boolean> : OptionValue<O[K], string> };
  positionals: string[];
}

type OptionValue<O extends OptionSpec, T> = O['multiple'] extends true ? T[] : O extends { default: unknown } ? T : T | undefined;

/** Stops the command with one plain line on stderr and exit code 1. */
export function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The `--help` text: usage, what it does, every option, examples. */
export function usageText<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>): string {
  const options: Array<[string, string]> = Object.entries(spec.options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` <${option.value ?? 'value'}>` : ''}`;
    const extra = [
      option.multiple ? 'repeat for more' : '',
      option.default !== undefined && option.type === 'string' && !option.multiple ? `default: ${String(option.default)}` : '',
    ].filter(Boolean);
    return [flag, `${option.description}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`];
  });
  options.push(['-h, --help', 'show this help and stop']);
  const width = Math.max(...options.map(([flag]) => flag.length), spec.positionals?.name.length ?? 0) + 2;
  const lines = [
    spec.usage ? `Usage: ${spec.command} -- ${spec.usage}` : `Usage: ${spec.command}`,
    '',
    spec.summary,
    '',
    ...(spec.positionals ? [`  ${`<${spec.positionals.name}>`.padEnd(width)}${spec.positionals.description}`, ''] : []),
    'Options:',
    ...options.map(([flag, about]) => `  ${flag.padEnd(width)}${about}`),
    '',
    spec.examples.length === 1 ? 'Example:' : 'Examples:',
    ...spec.examples.map(([command, what]) => `  ${command}\n      ${what}`),
  ];
  if (spec.notes) lines.push('', spec.notes);
  return lines.join('\n');
}

/**
 * Parses the command line. `--help` prints the usage and exits 0; an unknown option, a
 * missing value or a word that is not expected prints one line and exits 1.
 */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  args: string[] = process.argv.slice(2),
): ParsedCommandLine<O> {
  const helpLine = `Run "${spec.command} -- --help" to see what it accepts.`;
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usageText(spec));
    process.exit(0);
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    stop(`${spec.command}: ${describeMistake(error, Object.keys(spec.options))} ${helpLine}`);
  }
  if (!spec.positionals && parsed.positionals.length > 0)
    stop(`${spec.command}: "${parsed.positionals[0]}" is not an option (options start with --). ${helpLine}`);
  return parsed as ParsedCommandLine<O>;
}

/** parseArgs' errors, in plain words, with the nearest option name for a typing slip. */
function describeMistake(error: unknown, names: string[]): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = option.replace(/^-+/, '').replace(/=.*$/, '');
    const nearest = names.length > 0 ? closest(name, names) : undefined;
    const hint = nearest && distance(name, nearest) <= Math.min(2, name.length / 2) ? ` Did you mean --${nearest}?` : '';
    return `there is no option "${option}".${hint}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /'(--[a-z-]+)/.exec(message)?.[1];
    return message.includes('argument missing')
      ? `${flag ?? 'an option'} needs a value after it.`
      : `${flag ?? 'an option'} takes no value.`;
  }
  return message;
}

/** A positive whole number from an option, or one plain line and exit 1. */
export function wholeNumber(command: string, flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) stop(`${command}: --${flag} needs a whole number of 1 or more, not "${text}".`);
  return value;
}
