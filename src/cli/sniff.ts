// Decide whether bytes are an HTML page worth parsing, before jsdom spends time on a PNG or a log file.

const SNIFF_BYTES = 64 * 1024;
const TAG = /<[a-z!/?]/i;

export type Sniffed = { ok: true; html: string | Uint8Array } | { ok: false; reason: string };

export function sniffHtml(bytes: Uint8Array): Sniffed {
  const utf16 = utf16Encoding(bytes);
  if (!utf16 && bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return { ok: false, reason: 'not an HTML file (binary data)' };
  }
  const html = utf16 ? new TextDecoder(utf16).decode(bytes) : decode(bytes);
  const text =
    typeof html === 'string' ? html : new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  if (!TAG.test(text.slice(0, SNIFF_BYTES))) return { ok: false, reason: 'not an HTML file (no markup)' };
  return { ok: true, html };
}

/**
 * Saved pages are nearly always UTF-8 even when an old <meta charset> says otherwise (editors and
 * scrapers re-encode and leave the tag), so valid UTF-8 wins. Anything else is handed to jsdom as
 * bytes, which sniffs the <meta charset> as a browser would.
 */
function decode(bytes: Uint8Array): string | Uint8Array {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
}

// UTF-16 text is full of NUL bytes, so its byte-order mark must be honoured before the binary check.
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}
