import type { Request } from 'express';

/** Where a request came from, for sessions and audit rows. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export function requestMeta(req: Request): RequestMeta {
  const id = (req as Request & { id?: unknown }).id;
  return {
    ip: req.ip ?? null,
    userAgent: req.get('user-agent') ?? null,
    requestId: typeof id === 'string' ? id : null,
  };
}
