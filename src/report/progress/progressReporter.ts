/**
 * Prints progress: in a terminal, a block redrawn in place (scenarios running, the step of
 * each, done/total, elapsed, worst verdict so far); with CI set or no TTY, one plain line per
 * event; nothing with --quiet. Steps are read from the live traces on a short tick.
 */
import type { Trace } from "../../core/trace";
import {
  initialProgress,
  liveLines,
  type ProgressEvent,
  type ProgressState,
  plainLine,
  reduceProgress,
} from "./progressModel";

export type ProgressMode = "live" | "plain" | "quiet";

export interface ProgressOutput {
  write(text: string): void;
  isTTY?: boolean;
  columns?: number;
}

export function progressMode(options: { quiet?: boolean; tty?: boolean; env?: NodeJS.ProcessEnv }): ProgressMode {
  if (options.quiet) return "quiet";
  const ci = options.env?.CI;
  return options.tty && !(ci && ci !== "false" && ci !== "0") ? "live" : "plain";
}

export class ProgressReporter {
  private state: ProgressState = initialProgress;
  private readonly live = new Map<string, Trace>();
  private timer?: NodeJS.Timeout;
  private drawn = 0;

  constructor(
    private readonly out: ProgressOutput,
    private readonly mode: ProgressMode,
    private readonly verbose = false,
    private readonly now: () => number = Date.now,
  ) {}

  start(scenarios: readonly string[]): void {
    this.emit({ kind: "run-start", at: this.now(), scenarios });
    if (this.mode === "quiet") return;
    this.timer = setInterval(() => this.tick(), this.mode === "live" ? 200 : 500);
    this.timer.unref();
  }

  scenarioStarted(trace: Trace): void {
    this.live.set(trace.scenario, trace);
    this.emit({ kind: "scenario-start", at: this.now(), scenario: trace.scenario });
  }

  scenarioDone(trace: Trace, worst?: string): void {
    this.tick();
    this.live.delete(trace.scenario);
    this.emit({
      kind: "scenario-done",
      at: this.now(),
      scenario: trace.scenario,
      exchanges: trace.exchanges.length,
      worst,
    });
  }

  /** Stops the ticker and leaves the terminal clean for what is printed next. */
  stop(): void {
    clearInterval(this.timer);
    this.erase();
  }

  private tick(): void {
    for (const [name, trace] of this.live) {
      const step = trace.exchanges.at(-1)?.step;
      if (step !== undefined && step !== this.state.running.get(name)?.step)
        this.emit({ kind: "step", at: this.now(), scenario: name, step });
    }
    this.redraw();
  }

  private emit(event: ProgressEvent): void {
    this.state = reduceProgress(this.state, event);
    if (this.mode === "plain") {
      const line = plainLine(event, this.state, this.verbose);
      if (line !== undefined) this.out.write(`${line}\n`);
    } else if (this.mode === "live") {
      if (event.kind === "scenario-done") {
        this.erase();
        this.out.write(`${plainLine(event, this.state)}\n`);
      }
      this.redraw();
    }
  }

  private erase(): void {
    if (this.mode !== "live" || this.drawn === 0) return;
    this.out.write(`\x1b[${this.drawn}A\x1b[J`);
    this.drawn = 0;
  }

  private redraw(): void {
    if (this.mode !== "live") return;
    const lines = liveLines(this.state, this.now(), (this.out.columns || 100) - 1);
    this.erase();
    this.out.write(`${lines.join("\n")}\n`);
    this.drawn = lines.length;
  }
}
