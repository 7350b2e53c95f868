// Renders the features registered for one slot, each under its own error boundary.
import { FeatureBoundary } from './FeatureBoundary';
import { inSlot, type Feature } from './registry';

export function Slot<Ctx>({ features, slot, ctx }: { features: readonly Feature<Ctx>[]; slot: string; ctx: Ctx }) {
  return (
    <>
      {inSlot(features, slot).map((f) => (
        <FeatureBoundary key={f.id} id={f.id}>
          <div class="dl-feature" data-feature={f.id}>
            {f.render(ctx)}
          </div>
        </FeatureBoundary>
      ))}
    </>
  );
}
