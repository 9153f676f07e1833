// Shared shapes of the benchmark. A measurement module exports a Suite; run.ts runs the suites in
// order and report.ts writes every measurement they return, so a new benchmark (search, escrow...)
// is one new module plus one line in run.ts (and its budgets in budgets.ts).

/** One row of bench/results.json. Fields that do not apply to a kind are left out. */
export interface Measurement {
  name: string;
  kind: string;
  /** False when the measurement itself is invalid (errors, non-2xx, font never loaded...). */
  ok: boolean;
  problem?: string;
  rps?: number;
  p50_ms?: number;
  p99_ms?: number;
  kb_gz?: number;
  ms?: number;
  [extra: string]: unknown;
}

export interface Budget {
  name: string;
  /** '<=' means value must not exceed limit; '>=' means value must reach it. */
  op: '<=' | '>=';
  limit: number;
  value: number | null;
  unit: string;
  pass: boolean;
}

export interface Machine {
  cpus: number;
  model: string;
  memory_gb: number;
  node: string;
  os: string;
  load_average: number[];
}

export interface Results {
  machine: Machine;
  date: string;
  settings: Record<string, unknown>;
  measurements: Measurement[];
  ratios: Record<string, number | null>;
  budgets: Budget[];
  /** The search benchmark's figures under the names of issue 4 (when the search suite ran). */
  search?: Record<string, unknown>;
  /** The escrow benchmark's figures under the names of issue 5 (when the escrow suite ran). */
  escrow?: Record<string, unknown>;
}

/** What every suite gets: the servers under test and the run's settings. */
export interface BenchContext {
  appUrl: string;
  /** The app's process (its workers and its embedded PostgreSQL are its descendants), for CPU accounting (cpu.ts). */
  appPid?: number | undefined;
  helloUrl: string;
  /** Seconds of each load measurement (BENCH_SECONDS, default 20). */
  seconds: number;
  connections: number;
  chromiumPath: string;
  /** Run-wide facts a suite wants recorded (browser version...), written to results.settings. */
  settings: Record<string, unknown>;
  log(line: string): void;
}

export interface Suite {
  name: string;
  run(ctx: BenchContext): Promise<Measurement[]>;
}
