// A throwaway text field the tests paste into: the clipboard is read the way a reader reads it, with the
// paste shortcut, never through a clipboard API the page would need a permission for. Both functions run in
// the page, so each names the field itself.

/** Adds the field and focuses it, so the paste shortcut lands there. */
export function addScratchField(): void {
  const field = document.createElement('textarea');
  field.id = 'clean-reader-e2e-scratch';
  document.body.append(field);
  field.focus();
}

/** What was pasted, once something was; the field goes with it. */
export function takeScratchField(): string | undefined {
  const field = document.getElementById('clean-reader-e2e-scratch') as HTMLTextAreaElement | null;
  if (!field?.value) return undefined;
  field.remove();
  return field.value;
}
