/** GET /api/health: whether the API reaches PostgreSQL and Redis. */
export interface HealthResponse {
  status: 'ok' | 'error';
  info?: Record<string, { status: 'up' | 'down'; [key: string]: unknown }>;
  error?: Record<string, { status: 'up' | 'down'; [key: string]: unknown }>;
}
