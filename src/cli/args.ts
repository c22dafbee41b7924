// Command-line parsing, kept pure so every accepted and rejected argument list is a table-driven test.

const FORMATS = ['text', 'markdown', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

export interface RunOptions {
  /** Paths as given; "-" is standard input. Empty means "the bundled sample". */
  files: string[];
  url: string | null;
  format: Format;
  /** A JSON file of custom rules (--rules); absent when none was given. */
  rules?: string;
}

export type ParsedArgs =
  | { kind: 'run'; options: RunOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

const VALUE_OPTIONS = new Set(['--url', '--format', '--rules']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: RunOptions = { files: [], url: null, format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      options.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name === '--help' || name === '-h' || name === '--version') {
      if (eq !== -1) return error(`option ${name} takes no value`);
      return { kind: name === '--version' ? 'version' : 'help' };
    }
    if (!VALUE_OPTIONS.has(name)) return error(`unknown option ${name}`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') return error(`option ${name} needs a value`);
    if (name === '--rules') {
      options.rules = value;
      continue;
    }
    const problem = name === '--url' ? setUrl(options, value) : setFormat(options, value);
    if (problem) return error(problem);
  }
  return { kind: 'run', options };
}

function setUrl(options: RunOptions, value: string): string | null {
  if (!URL.canParse(value)) return `--url must be an http(s) URL, got "${value}"`;
  const { protocol } = new URL(value);
  if (protocol !== 'http:' && protocol !== 'https:') return `--url must be an http(s) URL, got "${value}"`;
  options.url = value;
  return null;
}

function setFormat(options: RunOptions, value: string): string | null {
  const format = FORMATS.find((candidate) => candidate === value);
  if (!format) return `--format must be one of ${FORMATS.join(', ')}, got "${value}"`;
  options.format = format;
  return null;
}

function error(message: string): ParsedArgs {
  return { kind: 'error', message };
}
