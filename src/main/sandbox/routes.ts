import { campaignCallDetails, createCampaign, deleteCampaign, getCampaign, listCampaigns, updateCampaign } from './handlers-campaigns';
import { addToList, createContacts, createLists, deleteList, getList, listContacts, listLists, removeFromList } from './handlers-lists';
import { csvStatus, csvUpload } from './handlers-uploads';
import type { SimReply } from './reply';
import type { HandlerContext } from './request';

type Handler = (ctx: HandlerContext) => Promise<SimReply>;

const ID = '([^/]+)';

/** Paths under /v2/accounts/<sid>. The singular /campaign/<id>/call-details of the reference is answered too. */
const ROUTES: [string, RegExp, Handler][] = [
  ['POST', /^\/campaigns$/, createCampaign],
  ['GET', /^\/campaigns$/, listCampaigns],
  ['GET', new RegExp(`^/campaigns?/${ID}/call-details$`), campaignCallDetails],
  ['GET', new RegExp(`^/campaigns/${ID}$`), getCampaign],
  ['PUT', new RegExp(`^/campaigns/${ID}$`), updateCampaign],
  ['DELETE', new RegExp(`^/campaigns/${ID}$`), deleteCampaign],
  ['POST', /^\/lists$/, createLists],
  ['GET', /^\/lists$/, listLists],
  ['GET', new RegExp(`^/lists/${ID}$`), getList],
  ['DELETE', new RegExp(`^/lists/${ID}$`), deleteList],
  ['POST', new RegExp(`^/lists/${ID}/contacts$`), addToList],
  ['GET', new RegExp(`^/lists/${ID}/contacts$`), listContacts],
  ['DELETE', new RegExp(`^/lists/${ID}/contacts/${ID}$`), removeFromList],
  ['POST', /^\/contacts\/csv-upload$/, csvUpload],
  ['POST', /^\/contacts$/, createContacts],
  ['GET', new RegExp(`^/csv-status/${ID}$`), csvStatus],
];

export function route(method: string, path: string): { handler: Handler; params: string[] } | null {
  for (const [m, pattern, handler] of ROUTES) {
    if (m !== method) continue;
    const match = pattern.exec(path);
    if (match) return { handler, params: match.slice(1).map(decodeURIComponent) };
  }
  return null;
}
