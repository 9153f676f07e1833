// Prometheus text for /metrics: request counts and latency histograms by route and status.
// Per process; a scraper adds up the instances.
const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

interface Series {
  count: number;
  sum: number;
  bucketCounts: number[];
}

export class Metrics {
  private series = new Map<string, Series>();
  private started = Date.now();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method}\u0000${route}\u0000${status}`;
    let s = this.series.get(key);
    if (!s) {
      s = { count: 0, sum: 0, bucketCounts: buckets.map(() => 0) };
      this.series.set(key, s);
    }
    s.count += 1;
    s.sum += seconds;
    buckets.forEach((b, i) => {
      if (seconds <= b) s.bucketCounts[i] = (s.bucketCounts[i] ?? 0) + 1;
    });
  }

  render(): string {
    const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
    const lines = [
      '# HELP hunar_http_requests_total HTTP requests by method, route and status.',
      '# TYPE hunar_http_requests_total counter',
    ];
    const hist = [
      '# HELP hunar_http_request_duration_seconds HTTP request latency by method, route and status.',
      '# TYPE hunar_http_request_duration_seconds histogram',
    ];
    for (const [key, s] of this.series) {
      const [method = '', route = '', status = ''] = key.split('\u0000');
      const labels = `method="${esc(method)}",route="${esc(route)}",status="${status}"`;
      lines.push(`hunar_http_requests_total{${labels}} ${s.count}`);
      buckets.forEach((b, i) => {
        hist.push(`hunar_http_request_duration_seconds_bucket{${labels},le="${b}"} ${s.bucketCounts[i]}`);
      });
      hist.push(`hunar_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${s.count}`);
      hist.push(`hunar_http_request_duration_seconds_sum{${labels}} ${s.sum}`);
      hist.push(`hunar_http_request_duration_seconds_count{${labels}} ${s.count}`);
    }
    const up = [
      '# HELP hunar_process_uptime_seconds Seconds since this process started.',
      '# TYPE hunar_process_uptime_seconds gauge',
      `hunar_process_uptime_seconds ${(Date.now() - this.started) / 1000}`,
    ];
    return `${[...lines, ...hist, ...up].join('\n')}\n`;
  }
}
