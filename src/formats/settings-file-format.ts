// The marker of a Clean Reader settings file: the options page writes and reads such files, and the CLI reads
// the rules in one (--rules), so both apps know it from here.
export const FILE_FORMAT = 'clean-reader-settings';
