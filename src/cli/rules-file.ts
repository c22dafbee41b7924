// --rules FILE: the reader's custom rules for the command line, in the same shape and with the same
// limits as the extension's settings. A settings file exported from the options page works as it is.
import { readFile } from 'node:fs/promises';
import type { EngineOptions } from '../engine/core/types';
import { isRecord, parseHosts, parseRuleList } from '../formats/settings-fields';
import { FILE_FORMAT } from '../formats/settings-file-format';

type RulesOptions = Pick<EngineOptions, 'custom' | 'extraHosts'>;
export type RulesResult = { ok: true; options: RulesOptions } | { ok: false; message: string };

const KEYS = ['phrases', 'selectors', 'extraHosts'];

/** The rules from a file's text: a plain rules object, or an exported settings file. */
export function parseRules(text: string): RulesResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'is not JSON' };
  }
  if (isRecord(data) && data.format === FILE_FORMAT && isRecord(data.settings)) {
    const custom = isRecord(data.settings.custom) ? data.settings.custom : {};
    data = { ...custom, extraHosts: data.settings.extraHosts };
  }
  if (!isRecord(data) || !Object.keys(data).some((key) => KEYS.includes(key)))
    return { ok: false, message: `has none of ${KEYS.join(', ')}` };
  const custom = { phrases: parseRuleList(data.phrases), selectors: parseRuleList(data.selectors) };
  return { ok: true, options: { custom, extraHosts: parseHosts(data.extraHosts) } };
}

export async function readRules(path: string): Promise<RulesResult> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return { ok: false, message: 'cannot be read' };
  return parseRules(text);
}
