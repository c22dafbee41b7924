import { expect, test } from 'vitest';
import { applyComfort } from '../../src/extension/shared/comfort';

test('applyComfort sets the attributes and properties the stylesheets read', () => {
  const root = document.createElement('html');
  applyComfort(root, { theme: 'sepia', font: 'serif', fontSize: 19, lineWidth: 65 });
  expect(root.dataset).toMatchObject({ theme: 'sepia', font: 'serif' });
  expect(root.style.getPropertyValue('--font-size')).toBe('19px');
  expect(root.style.getPropertyValue('--line-width')).toBe('65ch');
  applyComfort(root, { theme: 'dark', font: 'sans', fontSize: 14, lineWidth: 90 });
  expect(root.dataset).toMatchObject({ theme: 'dark', font: 'sans' });
  expect(root.style.getPropertyValue('--font-size')).toBe('14px');
});
