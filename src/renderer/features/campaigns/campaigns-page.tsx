import { CampaignsEmpty } from './campaigns-empty';

export function CampaignsPage() {
  return (
    <div className="page single">
      <div className="page-head">
        <h1>Campaigns</h1>
      </div>
      <CampaignsEmpty />
    </div>
  );
}
