import { Button } from '../../components/button';
import { useCompose } from './compose-store';

/** Starts a draft filled from a campaign on Exotel, for running it again with changes. */
export function DuplicateAsDraft({ campaignId }: { campaignId: string }) {
  const beginDraft = useCompose((s) => s.beginDraft);
  return (
    <Button size="sm" onClick={() => void beginDraft({ kind: 'campaign', campaignId })}>
      Duplicate as draft
    </Button>
  );
}
