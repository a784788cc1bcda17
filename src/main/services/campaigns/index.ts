export { CampaignsService, type CampaignsServiceDeps } from './campaigns-service';
