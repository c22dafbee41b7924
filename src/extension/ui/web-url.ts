// Only web links leave the popup: a page could name javascript:, data: or extension URLs as "links".

export function webUrl(value: string, base?: string): string | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
