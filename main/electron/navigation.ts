/**
 * Navigation and network decisions. The UI is a single page with no links out: nothing may
 * navigate the window, open a new one, or reach a network.
 */

/** The window never navigates: the single-page UI has no reason to, and an attacker would. */
export function shouldAllowNavigation(_url: string): boolean {
  return false;
}

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** True for any request that would leave the machine; the session cancels all of them. */
export function isNetworkRequest(url: string): boolean {
  try {
    return NETWORK_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    // An unparseable URL is not one we made: refuse it too.
    return true;
  }
}
