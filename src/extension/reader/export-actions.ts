// The reader tab's export buttons: copy as Markdown or text, save as .md, print.

import { exportArticle, markdownFileName } from '../shared/export';
import { copyText, saveText } from '../shared/export-file';
import { t } from '../shared/i18n';
import type { ArticleView } from '../shared/messages';
import { errorText } from '../shared/router';
import { byId } from '../ui/dom';

export function wireExport(doc: Document, article: () => ArticleView | null): void {
  const status = (text: string) => {
    byId(doc, 'action-status').textContent = text;
  };
  const run = (action: (current: ArticleView) => Promise<string> | string) => () => {
    const current = article();
    if (!current) return;
    Promise.resolve()
      .then(() => action(current))
      .then(status, (error: unknown) => status(t('actionFailed', errorText(error))));
  };
  const copy = (format: 'markdown' | 'text') =>
    run(async (current) => {
      await copyText(exportArticle(current, format));
      return t('copied');
    });
  byId(doc, 'copy-markdown').addEventListener('click', copy('markdown'));
  byId(doc, 'copy-text').addEventListener('click', copy('text'));
  byId(doc, 'save-markdown').addEventListener(
    'click',
    run((current) => {
      const name = markdownFileName(current);
      saveText(doc, exportArticle(current, 'markdown'), name, 'text/markdown;charset=utf-8');
      return t('savedFile', name);
    }),
  );
  byId(doc, 'print').addEventListener('click', () => doc.defaultView?.print());
}
