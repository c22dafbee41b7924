import type { Unit } from '../../dedupe/units';
import type { RepeatedRun } from './repeated-runs';

/**
 * Whether each paragraph of a run is printed again inside another element of the same id: an id names one
 * element, so that is one module the page's own script inserted twice (an article re-rendered by infinite
 * scroll, kept in a saved page), not a second rendering a template gives the body. An aggregator's copies sit
 * in containers of their own (desktop and mobile, summary and full story).
 */
export function isModuleTwice(run: RepeatedRun, units: readonly Unit[]): boolean {
  const byStart = new Map<string, Unit[]>();
  for (const unit of units) {
    const same = byStart.get(unit.sentences[0]!);
    if (same) same.push(unit);
    else byStart.set(unit.sentences[0]!, [unit]);
  }
  return run.units.every((unit) => {
    const holder = idHolder(unit.block.element);
    return (
      holder !== null &&
      (byStart.get(unit.sentences[0]!) ?? []).some((twin) => {
        const other = twin === unit ? null : idHolder(twin.block.element);
        return other !== null && other !== holder && other.id === holder.id;
      })
    );
  });
}

function idHolder(el: Element): Element | null {
  for (let node = el.parentElement; node; node = node.parentElement) if (node.id) return node;
  return null;
}
