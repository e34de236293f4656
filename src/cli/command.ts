/** What a command is: its name, the flags it takes, its help, and how it runs over the shared runner. */
import type { Locale, Text } from '../core/locale.js';
import type { OptionName, Values } from './args.js';
import type { CliIo } from './io.js';

/** What the runner hands a command once the command line is read. */
export interface CommandContext {
  readonly io: CliIo;
  readonly locale: Locale;
  readonly values: Values;
  /** The positional arguments after the command name. */
  readonly args: readonly string[];
}

export interface Command {
  readonly name: string;
  /** The flags it takes, beside --locale, --help and --version. */
  readonly options: readonly OptionName[];
  /** Its usage line and what it does, in both languages. */
  readonly help: Text;
  /** Runs it; resolves to the exit code (0 done, 1 invalid input). Bad usage throws UsageError. */
  readonly run: (ctx: CommandContext) => Promise<number>;
}
