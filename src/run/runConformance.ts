/**
 * A conformance run: every scenario against the target (concurrently; they use distinct
 * paymentRequestIds), then every check over the traces. Record first, judge after.
 */
import type { RuleId } from "../../generated/rules";
import { allChecks } from "../checks";
import { type Check, judge } from "../checks/defineCheck";
import { createMppClient } from "../client/createMppClient";
import type { KitConfig } from "../config";
import type { SimulatorControl, VerificationDriver } from "../core/engine";
import type { Exchange, Trace } from "../core/trace";
import type { Finding, RuleVerdict } from "../core/verdicts";
import type { Scenario } from "../scenarios";
import { allScenarios } from "../scenarios";
import type { ScenarioContext } from "../scenarios/context";
import { newPaymentRequestId } from "./paymentRequestIds";
import { ruleVerdicts } from "./ruleVerdicts";

/** The simulator as the runner needs it: a control plane whose payments' callbacks land in a trace. */
export interface RunSimulator {
  forTrace(trace: Trace): SimulatorControl;
  register(paymentRequestId: string, trace: Trace): void;
  /** Callbacks the simulator could not attribute to any payment. */
  readonly unclaimed?: readonly Exchange[];
}

export interface RunOptions {
  config: KitConfig;
  simulator: RunSimulator;
  verifier: VerificationDriver;
  scenarios?: readonly Scenario[];
  checks?: readonly Check[];
  /** Called as each scenario starts with its live trace (progress reads its current step). */
  onScenarioStart?: (trace: Trace) => void;
  /** Called as each scenario ends, e.g. to print progress. */
  onScenarioDone?: (trace: Trace) => void;
}

export interface RunResult {
  traces: Trace[];
  findings: Finding[];
  verdicts: RuleVerdict[];
  durationMs: number;
}

/**
 * The longest a scenario may take: the inquiry schedule, a verification, and a few callback
 * waits and API timeouts. A scenario past it is judged on what it recorded so far.
 */
export function scenarioBoundMs(config: KitConfig): number {
  const t = config.timing;
  return (
    t.inquiryIntervalMs * t.inquiryMaxAttempts +
    t.inquiryTimeoutMs * 2 +
    config.verification.timeoutMs +
    t.callbackWaitMs * 4 +
    t.payTimeoutMs * 6 +
    (t.noAnswerMs ?? 0) * 4
  );
}

function newTrace(config: KitConfig, scenario: Scenario): Trace {
  return {
    scenario: scenario.name,
    target: { baseUrl: config.target.baseUrl },
    features: [...config.features],
    startedAt: Date.now(),
    exchanges: [],
    verifications: [],
    notes: [],
  };
}

async function runScenario(scenario: Scenario, options: RunOptions): Promise<Trace> {
  const { config, simulator, verifier } = options;
  const trace = newTrace(config, scenario);
  const ctx: ScenarioContext = {
    config,
    mpp: createMppClient({ config, trace }),
    simulator: simulator.forTrace(trace),
    verifier,
    trace,
    newPaymentRequestId: () => {
      const id = newPaymentRequestId();
      simulator.register(id, trace);
      return id;
    },
    note: (text) => trace.notes.push(text),
  };
  options.onScenarioStart?.(trace);
  const bound = scenarioBoundMs(config);
  let timer: NodeJS.Timeout | undefined;
  const overtime = new Promise<"overtime">((resolve) => {
    timer = setTimeout(() => resolve("overtime"), bound);
  });
  try {
    const outcome = await Promise.race([scenario.run(ctx).then(() => "done" as const), overtime]);
    if (outcome === "overtime")
      trace.notes.push(`scenario stopped after its bound of ${bound} ms; judged on what it recorded`);
  } catch (error) {
    // A scenario must not throw on a bad target; if one does, it is our bug, but the user
    // still gets the verdicts on what was recorded.
    trace.notes.push(`kit error in scenario ${scenario.name}: ${(error as Error).stack ?? String(error)}`);
  } finally {
    clearTimeout(timer);
  }
  trace.finishedAt = Date.now();
  options.onScenarioDone?.(trace);
  // Judge a snapshot: exchanges that arrive after the scenario ended belong to no verdict.
  return {
    ...trace,
    exchanges: [...trace.exchanges],
    verifications: [...trace.verifications],
    notes: [...trace.notes],
  };
}

/**
 * authNotify carries no paymentRequestId; the simulator attributes it by referenceAgreementId.
 * One with an agreement nobody sent is still evidence (of authnotify.same-agreement), so it
 * goes, without a paymentRequestId, to the traces where a one-click payment was verified
 * successfully: those are the payments an authNotify may legitimately be about.
 */
function attributeStrayAuthNotifies(traces: Trace[], unclaimed: readonly Exchange[]): void {
  const strays = unclaimed.filter((x) => x.api === "authNotify");
  if (strays.length === 0) return;
  for (const trace of traces.filter(verifiedOneClickPayment)) {
    trace.exchanges.push(...strays.map((x) => ({ ...x, paymentRequestId: undefined })));
    trace.notes.push(
      `${strays.length} authNotify callback(s) matched no referenceAgreementId the kit sent; attached here as evidence`,
    );
  }
}

function verifiedOneClickPayment(trace: Trace): boolean {
  const oneClickIds = new Set(
    trace.exchanges
      .filter(
        (x) =>
          x.api === "pay" &&
          (x.request.json as { paymentFactor?: { isAuthorizationAndPay?: string } } | undefined)?.paymentFactor
            ?.isAuthorizationAndPay === "true",
      )
      .map((x) => x.paymentRequestId),
  );
  return trace.verifications.some((v) => oneClickIds.has(v.paymentRequestId) && v.intended !== "fail");
}

export async function runConformance(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const scenarios = options.scenarios ?? allScenarios;
  const traces = await Promise.all(scenarios.map((scenario) => runScenario(scenario, options)));
  attributeStrayAuthNotifies(traces, options.simulator.unclaimed ?? []);
  const checks = options.checks ?? allChecks;
  const findings = judge(traces, checks);
  const verdicts = ruleVerdicts(findings, { traces, ruleScenarios: scenariosByRule(checks) });
  return { traces, findings, verdicts, durationMs: Date.now() - started };
}

/** A rule's cases: every scenario any of its checks judges. */
function scenariosByRule(checks: readonly Check[]): Map<RuleId, string[]> {
  const byRule = new Map<RuleId, string[]>();
  for (const check of checks)
    byRule.set(check.rule, [...new Set([...(byRule.get(check.rule) ?? []), ...check.scenarios])]);
  return byRule;
}
