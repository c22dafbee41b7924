// Hands text to the reader: to the clipboard, or as a downloaded file. Extension pages may do both
// without extra permissions (the click is the user's gesture).

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function saveText(doc: Document, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has its own copy once started; a minute is ample for the browser to read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
