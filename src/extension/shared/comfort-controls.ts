// The reading-comfort fields (theme, font, size, line width) as the options page and the reader tab show
// them. Each field present in the page is filled from the settings and saves its change at once.
import { type Comfort, FONT_SIZE, FONTS, LINE_WIDTH, parseComfort, THEMES } from './comfort';
import { type MessageKey, t } from './i18n';
import { loadSettings, onSettingsChanged, updateSettings } from './settings-store';

const LABELS: Record<string, MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
  sans: 'fontSans',
  serif: 'fontSerif',
};

type Field = HTMLInputElement | HTMLSelectElement;

function fillSelect(select: HTMLSelectElement, values: readonly string[]): void {
  select.replaceChildren(
    ...values.map((value) => {
      const option = select.ownerDocument.createElement('option');
      option.value = value;
      option.textContent = t(LABELS[value] ?? 'themeSystem');
      return option;
    }),
  );
}

function fillRange(input: HTMLInputElement, range: { min: number; max: number; step: number }): void {
  input.min = String(range.min);
  input.max = String(range.max);
  input.step = String(range.step);
}

export async function bindComfortControls(doc: Document): Promise<void> {
  const fields: Partial<Record<keyof Comfort, Field>> = {};
  const find = <T extends Field>(id: string) => (doc.getElementById(id) as T | null) ?? undefined;
  fields.theme = find<HTMLSelectElement>('theme');
  fields.font = find<HTMLSelectElement>('font');
  fields.fontSize = find<HTMLInputElement>('font-size');
  fields.lineWidth = find<HTMLInputElement>('line-width');
  if (fields.theme instanceof HTMLSelectElement) fillSelect(fields.theme, THEMES);
  if (fields.font instanceof HTMLSelectElement) fillSelect(fields.font, FONTS);
  if (fields.fontSize instanceof HTMLInputElement) fillRange(fields.fontSize, FONT_SIZE);
  if (fields.lineWidth instanceof HTMLInputElement) fillRange(fields.lineWidth, LINE_WIDTH);
  const show = (comfort: Comfort) => {
    for (const [key, field] of Object.entries(fields)) {
      // A field being typed into keeps what the reader typed.
      if (field && doc.activeElement !== field) field.value = String(comfort[key as keyof Comfort]);
    }
  };
  for (const [key, field] of Object.entries(fields)) {
    field?.addEventListener('change', () => {
      const value = field instanceof HTMLInputElement ? Number(field.value) : field.value;
      updateSettings((settings) => ({
        ...settings,
        comfort: parseComfort({ ...settings.comfort, [key]: value }),
      }))
        .then((settings) => show(settings.comfort))
        .catch(() => undefined);
    });
  }
  onSettingsChanged((settings) => show(settings.comfort));
  show((await loadSettings()).comfort);
}
