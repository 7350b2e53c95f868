// The card of the hovered or focused term, placed below it (above when there is no room).
import type { Glossary } from '../../lib/glossary';
import { termCard, type CardContext } from '../../lib/extension/glossary-marks';
import type { Lang } from '../../lib/rules';
import { TermCardView } from './TermCardView';
import type { HoveredTerm } from './use-term-hover';

const CARD_WIDTH_PX = 380;
const GAP_PX = 6;
/** Room a card usually needs; above the term when less is left below. */
const ROOM_BELOW_PX = 260;

interface Props {
  glossary: Glossary;
  hovered: HoveredTerm | null;
  ctx: CardContext;
  lang: Lang;
  counts?: Map<string, number>;
  onPage?: (page: number) => void;
  onEnter: () => void;
  onLeave: () => void;
}

export function TermPopover(p: Props) {
  if (!p.hovered) return null;
  const card = termCard(p.glossary, p.hovered.entryId, p.ctx);
  if (!card) return null;
  const r = p.hovered.rect;
  const left = Math.max(GAP_PX, Math.min(r.left, innerWidth - CARD_WIDTH_PX - GAP_PX));
  const below = innerHeight - r.bottom > ROOM_BELOW_PX;
  const style = below
    ? { left: `${left}px`, top: `${r.bottom + GAP_PX}px`, width: `${CARD_WIDTH_PX}px` }
    : { left: `${left}px`, bottom: `${innerHeight - r.top + GAP_PX}px`, width: `${CARD_WIDTH_PX}px` };
  return (
    <div class="dl-term-popover" role="tooltip" style={style} onMouseEnter={p.onEnter} onMouseLeave={p.onLeave}>
      <TermCardView card={card} lang={p.lang} count={p.counts?.get(card.id)} onPage={p.onPage} />
    </div>
  );
}
