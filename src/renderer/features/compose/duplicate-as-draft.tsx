import { Button } from '../../components/button';
import { useCompose } from './compose-store';

/** Starts a draft filled from a campaign on Exotel, for running it again with changes. */
export function DuplicateAsDraft({ campaignId }: { campaignId: string }) {
  const start = useCompose((s) => s.start);
  return (
    <Button size="sm" onClick={() => void start({ kind: 'campaign', campaignId })}>
      Duplicate as draft
    </Button>
  );
}
