/**
 * The command-line errors kubectl prints itself (cmdutil.CheckErr), as typed data: the verbs
 * throw them, the dispatcher formats them. API errors are StatusErrors (api/errors.ts).
 */

/** `error: <message>` and exit 1 (cmdutil.CheckErr on a plain error). */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** `error: <message>\nSee 'kubectl <command> -h' for help and examples` (cmdutil.UsageErrorf). */
export class UsageError extends CliError {
  constructor(readonly commandPath: string, message: string) {
    super(`${message}\nSee 'kubectl ${commandPath} -h' for help and examples`);
    this.name = 'UsageError';
  }
}

/** A command that ends with exactly this output (help on stderr with exit 1, partial listings...). */
export class ExitError extends Error {
  constructor(readonly exitCode: number, readonly stdout: string, readonly stderr: string) {
    super(stderr);
    this.name = 'ExitError';
  }
}

/** cmdutil's message for commands given nothing to act on. */
export const RESOURCES_REQUIRED =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";
