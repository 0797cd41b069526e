import type { App } from './types';

interface Series {
  count: number;
  seconds: number;
}

/**
 * Prometheus text metrics at /metrics: requests and their total duration by method, route
 * pattern and status. Per process (each process is scraped on its own).
 */
export function registerMetrics(app: App): void {
  const requests = new Map<string, Series>();
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const key = `method="${request.method}",route="${route}",status="${reply.statusCode}"`;
    const series = requests.get(key) ?? { count: 0, seconds: 0 };
    series.count += 1;
    series.seconds += reply.elapsedTime / 1000;
    requests.set(key, series);
  });
  app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    const lines = [
      '# HELP comity_http_requests_total HTTP requests answered.',
      '# TYPE comity_http_requests_total counter',
      ...[...requests].map(([k, s]) => `comity_http_requests_total{${k}} ${s.count}`),
      '# HELP comity_http_request_seconds_total Time spent answering HTTP requests.',
      '# TYPE comity_http_request_seconds_total counter',
      ...[...requests].map(([k, s]) => `comity_http_request_seconds_total{${k}} ${s.seconds.toFixed(6)}`),
      '# HELP comity_process_resident_memory_bytes Resident memory of this process.',
      '# TYPE comity_process_resident_memory_bytes gauge',
      `comity_process_resident_memory_bytes ${process.memoryUsage().rss}`,
    ];
    return reply.type('text/plain; version=0.0.4').send(`${lines.join('\n')}\n`);
  });
}
