import type { NextFunction, Request, Response } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery (security-checks B6), a second layer under SameSite=Strict: a write
 * that a browser says came from another site (`Sec-Fetch-Site: cross-site` or `same-site`, or an
 * `Origin` that is not this host) answers 403 before anything runs. A request with neither header
 * is not a browser's cross-site request (curl, the API's own clients) and goes on; login is
 * covered too, so another site cannot sign a browser into an account of its choosing.
 */
export function crossSiteWrites(req: Request, res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method)) {
    next();
    return;
  }
  const site = req.get('sec-fetch-site');
  const origin = req.get('origin');
  const crossSite =
    site !== undefined
      ? site !== 'same-origin' && site !== 'none'
      : origin !== undefined && !isOwnOrigin(origin, req);
  if (crossSite) {
    res.status(403).json({
      error: 'cross_site_request',
      message: 'A write from another site is refused.',
    });
    return;
  }
  next();
}

function isOwnOrigin(origin: string, req: Request): boolean {
  if (origin === 'null') return false;
  try {
    const host = new URL(origin).host;
    // Behind a trusted local proxy the browser saw the forwarded host.
    return host === req.get('host') || host === req.get('x-forwarded-host');
  } catch {
    return false;
  }
}
