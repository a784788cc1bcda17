/** Flow and callback addresses: what Exotel would refuse is an issue, what is only risky a warning. */

export interface UrlCheck {
  issue?: string;
  warning?: string;
}

const EXOTEL_HOST = /(^|\.)exotel\.(com|in)$/i;

function parse(raw: string): URL | null {
  try {
    return new URL(raw.trim());
  } catch {
    return null;
  }
}

/** An Exotel app: `http://my.exotel.com/<sid>/exoml/start_voice/<app id>` and the other shapes Exotel publishes. */
export function checkFlowUrl(raw: string): UrlCheck {
  if (!raw.trim()) return { issue: 'Paste the address of the Exotel app (flow) to connect the call to' };
  const url = parse(raw);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return { issue: 'A flow address looks like http://my.exotel.com/<your sid>/exoml/start_voice/<app id>' };
  }
  if (!EXOTEL_HOST.test(url.hostname)) return { warning: `${url.hostname} is not an Exotel address; make sure it serves a call flow` };
  if (!/\/(start_voice|start)\/\d+\/?$/.test(url.pathname)) {
    return { warning: 'This does not end in /exoml/start_voice/<app id>; copy the app’s address from the Exotel dashboard' };
  }
  return {};
}

/**
 * Exotel accepts plain http callbacks, and a customer's own server may only speak http, so http is allowed with a
 * warning: every call's number and outcome would travel unencrypted.
 */
export function checkWebhook(raw: string): UrlCheck {
  if (!raw.trim()) return {};
  const url = parse(raw);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname)
    return { issue: `“${raw.trim()}” is not a web address (https://…)` };
  if (url.protocol === 'http:')
    return {
      warning: 'This address is plain http: every call’s number and outcome would travel unencrypted. Use https if the server allows it',
    };
  return {};
}
