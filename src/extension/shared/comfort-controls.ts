// The reading-comfort fields, built into a page's #comfort-fields the same way in the options page, the popup
// and the reader tab. Each is filled from the settings and saves its change at once.
import { type Comfort, FONTS, parseComfort, RANGES, THEMES } from './comfort';
import { type MessageKey, t } from './i18n';
import { loadSettings, onSettingsChanged, updateSettings } from './settings-store';

type Key = keyof Comfort;
type Field = HTMLInputElement | HTMLSelectElement;

const CHOICES: Partial<Record<Key, readonly string[]>> = { theme: THEMES, font: FONTS };

const CHOICE_LABELS: Record<(typeof THEMES)[number] | (typeof FONTS)[number], MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
  sans: 'fontSans',
  serif: 'fontSerif',
  dyslexic: 'fontDyslexic',
};

/** The fields in the order they are shown, with their labels. */
const FIELDS: readonly [Key, MessageKey][] = [
  ['theme', 'comfortTheme'],
  ['font', 'comfortFont'],
  ['fontSize', 'comfortSize'],
  ['lineWidth', 'comfortWidth'],
  ['lineHeight', 'comfortLineHeight'],
  ['paragraphSpacing', 'comfortParagraphSpacing'],
  ['letterSpacing', 'comfortLetterSpacing'],
  ['wordSpacing', 'comfortWordSpacing'],
  ['images', 'comfortImages'],
];

/** "lineHeight" is the field "line-height". */
const fieldId = (key: Key): string => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function control(doc: Document, key: Key): Field {
  const choices = CHOICES[key];
  if (choices) {
    const select = doc.createElement('select');
    for (const value of choices) {
      const option = select.appendChild(doc.createElement('option'));
      option.value = value;
      option.textContent = t(CHOICE_LABELS[value as keyof typeof CHOICE_LABELS]);
    }
    return select;
  }
  const input = doc.createElement('input');
  if (key === 'images') {
    input.type = 'checkbox';
    return input;
  }
  const range = RANGES[key as keyof typeof RANGES];
  input.type = 'number';
  input.inputMode = 'decimal';
  input.min = String(range.min);
  input.max = String(range.max);
  input.step = String(range.step);
  return input;
}

function readField(field: Field): string | number | boolean {
  if (field instanceof HTMLSelectElement) return field.value;
  return field.type === 'checkbox' ? field.checked : Number(field.value);
}

/** Builds the fields into the page's #comfort-fields, if it has one, and keeps them in step with the settings. */
export async function bindComfortControls(doc: Document): Promise<void> {
  const container = doc.getElementById('comfort-fields');
  if (!container) return;
  const fields = new Map<Key, Field>();
  for (const [key, label] of FIELDS) {
    const field = control(doc, key);
    field.id = fieldId(key);
    const wrapper = doc.createElement('label');
    wrapper.className = field.type === 'checkbox' ? 'field check' : 'field';
    const text = doc.createElement('span');
    text.textContent = t(label);
    wrapper.append(...(field.type === 'checkbox' ? [field, text] : [text, field]));
    container.append(wrapper);
    fields.set(key, field);
  }
  const show = (comfort: Comfort) => {
    for (const [key, field] of fields) {
      // A field being typed into keeps what the reader typed.
      if (doc.activeElement === field && field.type !== 'checkbox') continue;
      if (field instanceof HTMLInputElement && field.type === 'checkbox')
        field.checked = comfort[key] === true;
      else field.value = String(comfort[key]);
    }
  };
  for (const [key, field] of fields) {
    field.addEventListener('change', () => {
      // Read now: the update runs once the saves before it are done, when a settings change may have refilled it.
      const value = readField(field);
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
