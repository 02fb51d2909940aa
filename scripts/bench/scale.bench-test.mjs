// @vitest-environment node
// Figure 6: the domain at a scale far past a real panel: 200 turns, 50 people, 2,000 run events.
import { expect, it } from 'vitest';
import { compilePlan } from '../../src/domain/plan.ts';
import { project } from '../../src/domain/projection.ts';
import { applyEvent, foldRun, initialRun } from '../../src/domain/run.ts';
import { parseAgendaText, validateAgenda } from '../../src/domain/validate-agenda.ts';
import { random } from './random.mjs';

// Node's own fs, past Vite's resolver (which externalizes node: modules for jsdom test files).
const { mkdirSync, writeFileSync } = process.getBuiltinModule('node:fs');
const { dirname } = process.getBuiltinModule('node:path');

const OUT = process.env.BENCH_SCALE_OUT ?? 'dist-bench/scale.json';
const RUNS = 20;
const WARMUP = 5;
const ZONE = 'Europe/Zurich';

function bigAgenda(rnd) {
  const people = Array.from({ length: 50 }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    role: i === 0 ? 'moderator' : i < 46 ? 'panelist' : 'speaker',
    ...(i % 3 === 0 && { honorific: 'H.E.' }),
    position: `Position of person ${i}`,
    organization: `Organization ${i % 7}`,
  }));
  const questions = Array.from({ length: 20 }, (_, i) => ({
    id: `q${i}`,
    text: `Guiding question number ${i}, long enough to look like a real one?`,
  }));
  const segments = Array.from({ length: 40 }, (_, s) => ({
    id: `seg-${s}`,
    title: `Segment ${s}`,
    ...(s % 2 === 0 && { question: `q${(s / 2) % 20}` }),
    turns: Array.from({ length: 5 }, () => ({ speaker: `p${1 + Math.floor(rnd() * 49)}`, minutes: 0.5 + Math.floor(rnd() * 6) / 2 })),
  }));
  return {
    format: 'run-of-show/agenda@1',
    title: 'A very long conference day',
    event: 'Scale benchmark',
    date: '2026-11-27',
    start: '08:00',
    end: '20:00',
    timeZone: ZONE,
    venue: 'Hall 1',
    signals: { wrapUpSeconds: 60, finalSeconds: 15 },
    people,
    questions,
    segments,
  };
}

/** 2,000 events that mostly apply: Start, then Next, pause/resume, ±30 s and live insertions. */
function bigLog(plan, rnd, count) {
  let at = Date.UTC(2026, 10, 27, 7, 0);
  const log = [{ type: 'sessionStarted', at, mode: 'scheduled' }];
  let run = applyEvent(plan, initialRun(plan), log[0]);
  let applied = 1;
  let inserted = 0;
  const mix = {};
  while (log.length < count) {
    at += 1000 + Math.floor(rnd() * 20_000);
    let event;
    const left = run.order.length - run.current - 1;
    const r = rnd();
    if (run.activity === 'paused') event = { type: 'resumed', at };
    else if (r < 0.12 && left > 5) event = { type: 'turnAdvanced', at };
    else if (r < 0.24) {
      inserted += 1;
      event = {
        type: 'turnInserted',
        at,
        when: inserted % 2 === 0 && left > 5 ? 'now' : 'next',
        turn: { id: `ins-${inserted}`, speakerId: `p${1 + Math.floor(rnd() * 49)}`, allotted: 60_000 + Math.floor(rnd() * 4) * 30_000 },
      };
    } else if (r < 0.5) event = { type: 'paused', at };
    else if (r < 0.6) event = { type: rnd() < 0.5 ? 'interjectionStarted' : 'interjectionEnded', at };
    else event = { type: 'timeAdjusted', at, by: rnd() < 0.6 ? 30_000 : -30_000 };
    const next = applyEvent(plan, run, event);
    if (next !== run) applied += 1;
    run = next;
    log.push(event);
    mix[event.type] = (mix[event.type] ?? 0) + 1;
  }
  return { log, applied, mix: { sessionStarted: 1, ...mix }, end: at + 5000, status: run.status };
}

function time(fn) {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const median = (sorted[(RUNS - 1) >> 1] + sorted[RUNS >> 1]) / 2;
  return { medianMs: median, minMs: sorted[0], maxMs: sorted.at(-1), runs: RUNS };
}

it('times validation, compilation, folding and projection at scale', () => {
  const rnd = random(20250619);
  const agenda = bigAgenda(rnd);
  const text = JSON.stringify(agenda, null, 2);
  const checked = validateAgenda(JSON.parse(text));
  expect(checked.ok, JSON.stringify(checked.errors ?? []).slice(0, 500)).toBe(true);
  const plan = compilePlan(checked.value.agenda, ZONE);
  const { log, applied, mix, end, status } = bigLog(plan, rnd, 2000);
  const folded = foldRun(plan, log);
  let sink = 0;
  const results = {
    input: {
      turns: plan.turns.length,
      people: agenda.people.length,
      segments: agenda.segments.length,
      agendaBytes: Buffer.byteLength(text),
      events: log.length,
      eventsApplied: applied,
      eventMix: mix,
      finalStatus: status,
      runTurns: folded.order.length,
    },
    validateAgenda: time(() => {
      sink += validateAgenda(JSON.parse(text)).ok ? 1 : 0;
    }),
    parseAgendaText: time(() => {
      sink += parseAgendaText(text).ok ? 1 : 0;
    }),
    compilePlan: time(() => {
      sink += compilePlan(agenda, ZONE).turns.length;
    }),
    foldRunAndProject: time(() => {
      sink += project(plan, foldRun(plan, log), end, 'scheduled').upcoming.length;
    }),
    // The two halves apart, to say which one dominates.
    foldRunAlone: time(() => {
      sink += foldRun(plan, log).order.length;
    }),
    projectAlone: time(() => {
      sink += project(plan, folded, end, 'scheduled').upcoming.length;
    }),
    // How folding grows with the log: linear work would double with each doubling.
    foldRunByEvents: Object.fromEntries(
      [250, 500, 1000, 2000].map((n) => [
        n,
        time(() => {
          sink += foldRun(plan, log.slice(0, n)).order.length;
        }).medianMs,
      ]),
    ),
    goalMs: 16,
  };
  results.sink = sink > 0;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(results, null, 2));
});
