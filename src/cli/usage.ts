export const USAGE_LINE =
  'usage: clean-reader [FILE|-]... [--url URL] [--format text|markdown|json|jsonl] [--rules FILE] [--help] [--version]';

export const HELP = `${USAGE_LINE}

Cleans news-aggregator pages (daily8.com, MSN, Yahoo News, NewsBreak clones) and prints the clean
article: the body once, without repeated headlines, glued labels or promo blocks. Ordinary
publisher pages are extracted without cleanup.

Arguments:
  FILE              an HTML file; "-" reads standard input. Several files are processed in order
                    and each result is printed as soon as it is ready. Without files, the bundled
                    sample aggregator page is cleaned.

Options:
  --url URL         the page's address (default: the page's canonical URL, if it names one)
  --format FORMAT   text (default), markdown, json (one object; an array for several files)
                    or jsonl (one object per line)
  --rules FILE      custom rules as JSON: {"phrases": [...], "selectors": [...], "extraHosts": [...]},
                    or a settings file exported from the extension's options page
  -h, --help        show this help
  --version         show the version

Exit status: 0 success; 1 some file was missing, unreadable, empty or not HTML (the other
files are still processed); 2 bad options or an unusable --rules file.
`;
